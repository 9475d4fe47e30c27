import { memo, useCallback, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Race } from '../data/schema';
import { incidentName, lapText } from '../state/selectors';
import { useApp, useAppStore } from '../state/StoreContext';
import { METRICS, layoutTimeline, type MarkerLayout, type TimelineLayout } from './layout';

/** The lap timeline of one race, drawn at the given width. */
export function Timeline({ race, width }: { race: Race; width: number }) {
  const layout = useMemo(() => layoutTimeline(race, width), [race, width]);
  return (
    <svg
      className="timeline"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`Lap timeline of the ${race.name}, laps 1 to ${race.lapsRun}`}
    >
      <RaceBackdrop layout={layout} />
      <ScrubSurface layout={layout} />
      <Cursor layout={layout} />
      <Markers layout={layout} />
    </svg>
  );
}

/** Stage bands, overtime zone, caution shading, lanes and the lap axis: nothing here depends on the lap. */
const RaceBackdrop = memo(function RaceBackdrop({ layout }: { layout: TimelineLayout }) {
  const { lanesTop, lanesBottom, plotLeft, plotRight, narrow } = layout;
  return (
    <g aria-hidden="true">
      {layout.stages.map((s) => (
        <g key={s.index} className={`stage-band stage-band--${s.index % 2 ? 'odd' : 'even'}`}>
          <rect x={s.x0} y={0} width={Math.max(0, s.x1 - s.x0)} height={lanesBottom} />
          <text x={s.x0 + 4} y={15} className="band-label">
            {s.label}
          </text>
        </g>
      ))}
      {layout.overtime && (
        <g className="overtime-zone">
          <rect x={layout.overtime.x0} y={0} width={Math.max(0, layout.overtime.x1 - layout.overtime.x0)} height={lanesBottom} />
          <text x={layout.overtime.x1 - 4} y={15} textAnchor="end" className="band-label">
            {layout.overtime.label}
          </text>
        </g>
      )}
      {layout.cautions.map((c, i) => (
        <rect key={i} className={`caution-shade caution-shade--${c.certainty}`} x={c.x0} y={lanesTop} width={Math.max(2, c.x1 - c.x0)} height={lanesBottom - lanesTop} />
      ))}
      {layout.lanes.map((lane) => (
        <g key={lane.kind} className="lane">
          <line x1={narrow ? plotLeft : METRICS.marginLeft} x2={plotRight} y1={lane.y + lane.height} y2={lane.y + lane.height} />
          <text x={narrow ? plotLeft : METRICS.marginLeft} y={narrow ? lane.y + 11 : lane.y + METRICS.rowHeight / 2 + 4} className="lane-label">
            {lane.label}
          </text>
        </g>
      ))}
      <g className="axis" transform={`translate(0, ${lanesBottom})`}>
        <line x1={plotLeft} x2={plotRight} y1={0} y2={0} />
        {layout.ticks.map((t) => (
          <g key={t.lap} transform={`translate(${t.x}, 0)`}>
            <line y1={0} y2={5} />
            <text y={18} textAnchor="middle">
              {t.lap}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

/** Pressing and dragging on the plot scrubs, like the slider, for pointer and touch. */
function ScrubSurface({ layout }: { layout: TimelineLayout }) {
  const store = useAppStore();
  const dragging = useRef(false);
  const scrubTo = useCallback(
    (event: PointerEvent<SVGRectElement>) => {
      const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
      if (!box) return;
      store.getState().setLap(layout.x.invert(event.clientX - box.left));
    },
    [layout, store],
  );
  return (
    <rect
      className="scrub-surface"
      x={layout.plotLeft - 6}
      y={0}
      width={layout.plotRight - layout.plotLeft + 12}
      height={layout.height}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        scrubTo(e);
      }}
      onPointerMove={(e) => dragging.current && scrubTo(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    />
  );
}

/** The cursor is the only part of the chart that follows every lap step. */
function Cursor({ layout }: { layout: TimelineLayout }) {
  const lap = useApp((s) => s.lap);
  const x = layout.x(lap);
  const labelX = Math.min(Math.max(x, layout.plotLeft + 22), layout.plotRight - 22);
  return (
    <g className="cursor" aria-hidden="true">
      <line x1={x} x2={x} y1={METRICS.bandHeight - 2} y2={layout.lanesBottom} />
      <rect x={labelX - 22} y={layout.lanesBottom + 6} width={44} height={18} rx={4} />
      <text x={labelX} y={layout.lanesBottom + 19} textAnchor="middle">
        {lap}
      </text>
    </g>
  );
}

/** The incident markers, in lap order so that keyboard focus follows the laps (exported for render-count tests). */
export function Markers({ layout }: { layout: TimelineLayout }) {
  const selected = useApp((s) => s.event);
  // Only in no-spoilers mode does the cut-off follow the cursor; otherwise it never changes.
  const cutoff = useApp((s) => (s.hideAhead ? s.lap : Infinity));
  const selectEvent = useAppStore().getState().selectEvent;
  const ordered = useMemo(() => [...layout.markers].sort((a, b) => a.event.lap - b.event.lap || a.lane - b.lane), [layout]);
  return (
    <g className="markers">
      {ordered.map((m) => (
        <Marker key={m.event.id} marker={m} selected={m.event.id === selected} ahead={m.event.lap > cutoff} onSelect={selectEvent} />
      ))}
    </g>
  );
}

const Marker = memo(function Marker({
  marker,
  selected,
  ahead,
  onSelect,
}: {
  marker: MarkerLayout;
  selected: boolean;
  ahead: boolean;
  onSelect: (id: string) => void;
}) {
  const { event, x, x0, x1, y, certainty } = marker;
  if (ahead) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(event.id);
    }
  };
  const name = incidentName(event);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      className={`marker marker--${event.kind} marker--${certainty}${selected ? ' marker--selected' : ''}${event.key ? ' marker--key' : ''}`}
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
    >
      <title>{`Lap ${event.lap}: ${event.title}\n${event.certainty === 'exact' ? 'Exact lap' : `${capitalise(certainty)} lap (${lapText(event)})`}`}</title>
      {x1 > x0 && <line className="marker-range" x1={x0} x2={x1} y1={y} y2={y} />}
      {x1 > x0 && <line className="marker-range-cap" x1={x0} x2={x0} y1={y - 4} y2={y + 4} />}
      {x1 > x0 && <line className="marker-range-cap" x1={x1} x2={x1} y1={y - 4} y2={y + 4} />}
      <circle className="marker-hit" cx={x} cy={y} r={12} />
      <circle className="marker-dot" cx={x} cy={y} r={METRICS.radius} />
    </g>
  );
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
