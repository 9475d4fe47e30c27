import { useLayoutEffect, useRef } from 'react';
import { clamp } from '../lib/clamp';
import { writeText } from '../lib/writeText';
import { useApp, useAppStore } from '../state/StoreContext';
import { METRICS, pillCover, type TimelineLayout } from './layout';

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
export function Cursor({ layout }: { layout: TimelineLayout }) {
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
      writeText(labelText.current, String(to));
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
