import { lazy, memo, Suspense, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { clamp } from '../lib/clamp';
import type { LapWindow } from '../data/laps';
import type { Race } from '../data/schema';
import { lapsKnown, outcomeHidden } from '../data/spoilers';
import { useApp, useAppStore } from '../state/StoreContext';
import { METRICS, layoutTimeline, pillCover, tickAnchor, type TimelineLayout } from './layout';
import { activateSubject, HATCH_ID, Markers, type TipHandler, type TipRequest } from './Markers';
import { Overview } from './Overview';
/**
 * The tooltip, loaded on first use (a hover or a focus): it is not on a page as drawn, and its text
 * builders are first-load weight no reader needs until then (the first-load budget, DESIGN.md).
 */
const TimelineTip = lazy(() => import('./TimelineTip').then((m) => ({ default: m.TimelineTip })));
import { useShownCount } from './useShownCount';
import './timeline.css';

/** How long a hover tooltip waits after the pointer leaves its mark, so the pointer can move onto it. */
const TIP_HIDE_DELAY_MS = 300;

const HINT_ID = 'timeline-keys-hint';

/**
 * The lap timeline of one race, drawn at the given width, with its tooltip overlay. The zoom and
 * the lanes come from the store (they are in the link); nothing here follows the lap except the
 * cursor, so scrubbing re-renders only that.
 */
export function Timeline({
  race,
  width,
  svgRef,
  lapWindow,
}: {
  race: Race;
  width: number;
  svgRef?: Ref<SVGSVGElement>;
  /**
   * A fixed lap window in place of the reader's zoom: two races compared are drawn on one shared
   * axis (state/compare.ts), so each race's window may start before its lap 1 or end after its last.
   */
  lapWindow?: LapWindow;
}) {
  const zoom = useApp((s) => s.zoom);
  const lanes = useApp((s) => s.lanes);
  // No spoilers: the axis ends where the reader may know the race to (the scheduled distance, then a
  // lap past the cursor), so its scale does not tell how long the race ran. A comparison's shared axis
  // is its own (lapWindow). A number, so the chart is laid out again only when it changes.
  const knownLaps = useApp((s) => (lapWindow ? race.lapsRun : lapsKnown(race, s)));
  const layout = useMemo(
    () => layoutTimeline(knownLaps === race.lapsRun ? race : { ...race, lapsRun: knownLaps }, width, lapWindow ? { lanes, fixedWindow: lapWindow } : { zoom, lanes }),
    [race, knownLaps, width, zoom, lanes, lapWindow],
  );
  // Two timelines on one page (a comparison, or a page's first drawings) each need their own hint for
  // aria-describedby, and their own hatch pattern: a reference to one in a drawing CSS hides would draw nothing.
  const instance = useId();
  const hintId = `${HINT_ID}${instance}`;
  const hatchId = `${HATCH_ID}${instance}`;
  const [tip, setTip] = useState<TipRequest | null>(null);
  const store = useAppStore();

  // WCAG 1.4.13: a hover tooltip stays while the pointer is on it (hoverable) and Escape dismisses
  // it (dismissible). It takes no pointer events, so that it never takes a click (or a hover) meant
  // for a mark under it: whether the pointer is on it is told from where the pointer is.
  const hideTimer = useRef<number | undefined>(undefined);
  const tipElement = useRef<HTMLDivElement>(null);
  // The pointer is on the mark the tooltip is about (its enter came, its leave did not).
  const onMark = useRef(false);
  const onTip = useCallback<TipHandler>((request) => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = undefined;
    if ('hide' in request) {
      const hide = () => setTip((current) => (current && current.key === request.hide && current.source === request.source ? null : current));
      if (request.source === 'pointer') {
        onMark.current = false;
        hideTimer.current = window.setTimeout(hide, TIP_HIDE_DELAY_MS);
      } else hide();
    } else {
      if (request.source === 'pointer') onMark.current = true;
      setTip(request);
    }
  }, []);
  const overTip = (x: number, y: number) => {
    const box = tipElement.current?.getBoundingClientRect();
    return box !== undefined && box.width > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  };
  useEffect(() => {
    if (!tip) return;
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setTip(null);
    };
    // A hover tooltip stays while the pointer is over it, and goes a moment after it is off it and off its mark.
    const onMove = (e: globalThis.PointerEvent) => {
      if (tip.source !== 'pointer') return;
      if (overTip(e.clientX, e.clientY)) {
        window.clearTimeout(hideTimer.current);
        hideTimer.current = undefined;
      } else if (!onMark.current && hideTimer.current === undefined) onTip({ hide: tip.key, source: 'pointer' });
    };
    document.addEventListener('keydown', onEscape);
    document.addEventListener('pointermove', onMove);
    return () => {
      document.removeEventListener('keydown', onEscape);
      document.removeEventListener('pointermove', onMove);
    };
  }, [tip, onTip]);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);
  // A press on the tooltip where it covers no mark (a mark under it takes its own) does what a press
  // on the tooltip's mark does: it is what the reader sees there. Returns whether it was one.
  const pressTip = (x: number, y: number): boolean => {
    if (!tip || !overTip(x, y)) return false;
    setTip(null);
    activateSubject(store, layout, tip.subject);
    return true;
  };

  /** +, − and 0 zoom while the chart has focus, around the focused item (or the cursor); Escape closes the tooltip. */
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (lapWindow) return; // a fixed window does not zoom
    const { zoomBy, setZoom } = store.getState();
    const focusLap = Number((e.target as Element).getAttribute('data-lap')) || undefined;
    if (e.key === '+' || e.key === '=') zoomBy('in', focusLap);
    else if (e.key === '-' || e.key === '_' || e.key === '−') zoomBy('out', focusLap);
    else if (e.key === '0') setZoom(null);
    else return;
    e.preventDefault();
  };

  // No spoilers: the chart's name does not tell how long the race ran either.
  const lengthHidden = useApp((s) => outcomeHidden(s, race));
  const range = lengthHidden
    ? 'from the start, nothing after the cursor shown'
    : lapWindow
      ? `laps 1 to ${race.lapsRun}, on the shared axis`
      : layout.zoomed
        ? `laps ${layout.window[0]} to ${layout.window[1]} of ${race.lapsRun}`
        : `laps 1 to ${race.lapsRun}`;
  return (
    <>
      <svg
        ref={svgRef}
        className="timeline"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        // Stretched, not scaled, where CSS sets another width (a first drawing: TimelineDrawings).
        preserveAspectRatio="none"
        role="group"
        aria-label={`Lap timeline of the ${race.name}, ${range}`}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      >
        <defs>
          <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            {/* Each fill and stroke here is also an attribute, the light theme's: with the stylesheet
                blocked the chart still reads, not a black block. The stylesheet's rules win. */}
            <rect className="hatch-bg" width={6} height={6} fill="#f6e2b3" />
            <line className="hatch-line" x1={0} x2={0} y1={0} y2={6} stroke="#a86f00" />
          </pattern>
        </defs>
        <RaceBackdrop layout={layout} />
        <CautionShading layout={layout} hatchId={hatchId} />
        <ScrubSurface layout={layout} onPress={pressTip} />
        {!lapWindow && <Overview layout={layout} />}
        <OvertimeLabel layout={layout} />
        <Markers layout={layout} onTip={onTip} tipKey={tip?.key ?? null} hatchId={hatchId} zoomable={!lapWindow} />
      </svg>
      {/* The cursor is drawn in its own layer over the chart: a lap step repaints only this small
          drawing, never the hundreds (or, on a long race, thousands) of shapes under it. */}
      <svg
        className="timeline-cursor"
        data-layer="cursor"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <Cursor layout={layout} />
      </svg>
      {tip && tip.layout === layout && (
        <Suspense fallback={null}>
          <TimelineTip ref={tipElement} tip={tip} race={race} />
        </Suspense>
      )}
      <p id={hintId} hidden>
        Arrow keys move between the incidents, cautions and overtimes in lap order; Enter selects. Plus and minus zoom in and out, 0 shows
        the whole race.
      </p>
    </>
  );
}

/** Stage bands and labels, the overtime zone, lanes and the lap axis: nothing here depends on the lap. */
const RaceBackdrop = memo(function RaceBackdrop({ layout }: { layout: TimelineLayout }) {
  const { lanesBottom, plotLeft, plotRight, narrow, stripTop } = layout;
  return (
    <g aria-hidden="true" className="backdrop">
      {layout.stages.map((s) => (
        <g key={s.index} className={`stage-band stage-band--${s.index % 2 ? 'odd' : 'even'}`}>
          <rect x={s.x0} y={0} width={Math.max(0, s.x1 - s.x0)} height={lanesBottom} fill={s.index % 2 ? '#f5f7fa' : '#e9eef5'} />
          {s.label && (
            <text x={s.x0 + 4} y={16} className="band-label">
              {s.label}
            </text>
          )}
        </g>
      ))}
      {layout.overtime && (
        <rect className="overtime-zone" x={layout.overtime.x0} y={0} width={Math.max(0, layout.overtime.x1 - layout.overtime.x0)} height={lanesBottom} fill="#fff1d6" />
      )}
      {!narrow && layout.cautions.length > 0 && (
        <text x={METRICS.marginLeft} y={stripTop + 16} className="lane-label">
          Cautions
        </text>
      )}
      <line className="strip-line" x1={narrow ? plotLeft : METRICS.marginLeft} x2={plotRight} y1={layout.lanesTop - 1} y2={layout.lanesTop - 1} />
      {layout.lanes.map((lane) => (
        <g key={lane.id} className="lane">
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
            {/* A label on an end of the axis is kept inside the plot, where the cursor's label,
                kept inside too, covers it whole rather than half. */}
            <text y={18} textAnchor={tickAnchor(t.x, plotLeft, plotRight)}>
              {t.lap}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

/** Caution shading across the lanes: hatched as well as tinted, so it is not told by colour alone. */
const CautionShading = memo(function CautionShading({ layout, hatchId }: { layout: TimelineLayout; hatchId: string }) {
  const laps = useMemo(() => layout.cautions.map((c) => c.caution.startLap), [layout]);
  const shown = useShownCount(laps);
  return (
    <g aria-hidden="true" className="caution-shading">
      {layout.cautions.slice(0, shown).map((c) => (
        <rect
          key={c.key}
          className={`caution-shade caution-shade--${c.caution.certainty}`}
          x={c.x0}
          y={layout.lanesTop}
          width={Math.max(2, c.x1 - c.x0)}
          height={layout.lanesBottom - layout.lanesTop}
          fill={`url(#${hatchId})`}
        />
      ))}
    </g>
  );
});

/** The overtime zone's label when the attempts are too narrow for their own ("4 overtimes", "OT ×4", "OT"). */
const OvertimeLabel = memo(function OvertimeLabel({ layout }: { layout: TimelineLayout }) {
  const laps = useMemo(() => layout.overtime?.attempts.map((a) => a.overtime.startLap) ?? [], [layout]);
  const shown = useShownCount(laps);
  const overtime = layout.overtime;
  if (!overtime || overtime.perAttempt) return null;
  const label = overtime.groupLabels[Math.min(shown, overtime.groupLabels.length - 1)];
  if (!label) return null;
  return (
    <text aria-hidden="true" x={overtime.x1 - 4} y={16} textAnchor="end" className="band-label">
      {label}
    </text>
  );
});

/** How far (px) a touch must move, and more sideways than up or down, before it scrubs. */
const TOUCH_SCRUB_SLOP = 10;

/**
 * Pressing and dragging on the plot scrubs, like the slider. A mouse or a pen scrubs from the press;
 * a touch only once it moves sideways (the chart takes vertical pans as page scrolls, touch-action:
 * pan-y), so that a swipe to scroll the page, or a tap on an empty part of the chart, never moves
 * the cursor (a tap on a mark selects it). `onPress` takes a press first (on the tooltip).
 */
function ScrubSurface({ layout, onPress }: { layout: TimelineLayout; onPress?: (x: number, y: number) => boolean }) {
  const store = useAppStore();
  const dragging = useRef(false);
  // A touch that may yet become a scrub: where it started.
  const touch = useRef<{ id: number; x: number; y: number } | null>(null);
  const scrubTo = useCallback(
    (event: PointerEvent<SVGRectElement>) => {
      const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
      if (!box) return;
      const [from, to] = layout.window;
      // scrubTo, as the slider does: a reader who grabs the cursor takes over from Play.
      store.getState().scrubTo(clamp(layout.x.invert(event.clientX - box.left), from, to));
    },
    [layout, store],
  );
  return (
    <rect
      className="scrub-surface"
      data-export="skip"
      fill="transparent"
      x={layout.plotLeft - 6}
      y={0}
      width={layout.plotRight - layout.plotLeft + 12}
      height={layout.lanesBottom + METRICS.axisHeight}
      onPointerDown={(e) => {
        if (onPress?.(e.clientX, e.clientY)) return;
        if (e.pointerType === 'touch') {
          touch.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
          return;
        }
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        scrubTo(e);
      }}
      onPointerMove={(e) => {
        const start = touch.current;
        if (!dragging.current && start?.id === e.pointerId) {
          const dx = Math.abs(e.clientX - start.x);
          if (dx < TOUCH_SCRUB_SLOP || dx <= Math.abs(e.clientY - start.y)) return;
          touch.current = null;
          dragging.current = true;
          e.currentTarget.setPointerCapture?.(e.pointerId);
        }
        if (dragging.current) scrubTo(e);
      }}
      onPointerUp={() => {
        dragging.current = false;
        touch.current = null;
      }}
      onPointerCancel={() => {
        dragging.current = false;
        touch.current = null;
      }}
    />
  );
}

/** Half the width of the cursor's lap label (its pill). */
const PILL_HALF = 22;

/** Where the cursor's moving parts go for a lap: the line, its lap label, what the label covers on the axis, and the overview line. */
function cursorPositions(layout: TimelineLayout, lap: number) {
  const { plotLeft, plotRight } = layout;
  const x = clamp(layout.x(lap), plotLeft, plotRight);
  const labelX = clamp(x, plotLeft + PILL_HALF, plotRight - PILL_HALF);
  return { x, labelX, cover: pillCover(layout, labelX - PILL_HALF, labelX + PILL_HALF), ox: layout.overview.x(lap) };
}

/** Stands for "some lap inside the zoom window" in the cursor's render key. */
const INSIDE_WINDOW = -1;

/**
 * The cursor is the only part of the chart that follows every lap step: the line and its lap, an
 * arrow at the edge when the cursor is outside the zoom window, and in no-spoilers mode a veil over
 * what lies ahead (on the chart and on the overview).
 *
 * The commonest step, a lap inside the window with no veil, changes no structure: React renders the
 * cursor only when its shape changes (veil, edge arrow), and a store subscription moves the line and
 * rewrites the lap label directly (zustand's transient updates). A lap step then costs a few style
 * and text writes, not a React render (DESIGN.md: at most 2× a native slider's step).
 */
function Cursor({ layout }: { layout: TimelineLayout }) {
  const store = useAppStore();
  const [from, to] = layout.window;
  const hideAhead = useApp((s) => s.hideAhead);
  const renderKey = useApp((s) => (s.hideAhead || s.lap < from || s.lap > to ? s.lap : INSIDE_WINDOW));
  const lap = renderKey === INSIDE_WINDOW ? store.getState().lap : renderKey;
  const lineAndLabel = useRef<SVGGElement>(null);
  const label = useRef<SVGGElement>(null);
  const knockout = useRef<SVGRectElement>(null);
  const labelText = useRef<SVGTextElement>(null);
  const overviewLine = useRef<SVGLineElement>(null);
  useLayoutEffect(() => {
    let labelOffset = NaN;
    let covered = '';
    const move = (to: number) => {
      const { x, labelX, cover, ox } = cursorPositions(layout, to);
      lineAndLabel.current?.setAttribute('transform', `translate(${x} 0)`);
      // What the label covers on the axis changes only where it meets a tick label.
      if (knockout.current && `${cover}` !== covered) {
        covered = `${cover}`;
        knockout.current.setAttribute('x', String(cover[0]));
        knockout.current.setAttribute('width', String(cover[1] - cover[0]));
      }
      // The label rides with the line and is pushed inwards only near the edges of the plot.
      if (label.current && labelX - x !== labelOffset) {
        labelOffset = labelX - x;
        label.current.setAttribute('transform', `translate(${labelOffset} 0)`);
      }
      // The text node React made, rewritten in place (replacing it would leave React holding a stale one).
      if (labelText.current?.firstChild) labelText.current.firstChild.nodeValue = String(to);
      overviewLine.current?.setAttribute('transform', `translate(${ox} 0)`);
    };
    move(store.getState().lap);
    return store.subscribe((state, previous) => state.lap !== previous.lap && move(state.lap));
  }, [store, layout, renderKey]);
  const { plotLeft, plotRight, lanesBottom, overview } = layout;
  const inside = lap >= from && lap <= to;
  const { x, labelX, cover, ox } = cursorPositions(layout, lap);
  // The veil starts just past the markers on the cursor's own lap, which are not ahead.
  const veilX = inside ? Math.min(plotRight, x + METRICS.radius + 3) : plotLeft;
  return (
    <g className="cursor">
      {hideAhead && lap < to && (
        <g className="spoiler-veil">
          {/* Opaque, and over the axis too: a faint overtime band or the tick labels past the cursor
              ("170") would tell how long the race ran. */}
          <rect className="spoiler-veil__shade" x={veilX} y={0} width={plotRight - veilX + 6} height={lanesBottom + METRICS.axisHeight} fill="#ffffff" />
          {plotRight - veilX > 90 && (
            <text x={(veilX + plotRight) / 2} y={layout.lanesTop + 14} textAnchor="middle">
              No spoilers
            </text>
          )}
        </g>
      )}
      {/* On a phone each lane's label sits over its lane, where the veil may fall across it: it is
          drawn again over the veil, whole, rather than left half faded. */}
      {hideAhead && lap < to && layout.narrow && (
        <g className="veil-lane-labels">
          {layout.lanes.map((lane) => (
            <text key={lane.id} x={plotLeft} y={lane.y + 11} className="lane-label">
              {lane.label}
            </text>
          ))}
        </g>
      )}
      {hideAhead && lap < layout.lapsRun && <rect className="spoiler-veil__shade" x={ox} y={overview.top} width={plotRight - ox} height={overview.height} fill="#ffffff" />}
      {/* Moved by a transform, not by rewriting coordinates: a lap step changes one attribute per
          moving part (the line with its label, the overview line) and its lap text. An SVG attribute,
          not a style: the CSP refuses style attributes in prerendered markup. */}
      {/* The axis under the lap label: no tick label shows half-covered beside it. */}
      {inside && <rect ref={knockout} className="cursor-knockout" x={cover[0]} y={lanesBottom + 6} width={cover[1] - cover[0]} height={16} fill="#ffffff" />}
      {inside ? (
        <g ref={lineAndLabel} transform={`translate(${x} 0)`}>
          <line className="cursor-line" x1={0} x2={0} y1={2} y2={lanesBottom} />
          <g ref={label} transform={`translate(${labelX - x} 0)`}>
            <rect className="cursor-pill" x={-PILL_HALF} y={lanesBottom + 4} width={2 * PILL_HALF} height={18} rx={4} />
            <text ref={labelText} className="cursor-pill__text" x={0} y={lanesBottom + 17} textAnchor="middle">
              {lap}
            </text>
          </g>
        </g>
      ) : (
        <g className="cursor-edge">
          <rect className="cursor-pill" x={lap < from ? plotLeft - 8 : plotRight - 56} y={lanesBottom + 4} width={64} height={18} rx={4} />
          <text className="cursor-pill__text" x={lap < from ? plotLeft + 24 : plotRight - 24} y={lanesBottom + 17} textAnchor="middle">
            {lap < from ? `◀ ${lap}` : `${lap} ▶`}
          </text>
        </g>
      )}
      <line ref={overviewLine} className="cursor-line cursor-line--overview" x1={0} x2={0} y1={overview.top} y2={overview.top + overview.height} transform={`translate(${ox} 0)`} />
    </g>
  );
}
