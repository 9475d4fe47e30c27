import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import { clamp } from '../lib/clamp';
import { fitWindow, panWindow, type LapWindow } from '../data/laps';
import { useAppStore } from '../state/StoreContext';
import type { TimelineLayout } from './layout';
import { useShownCount } from './useShownCount';

/** How close (px) to an edge of the window a press grabs that edge instead of panning. */
const EDGE_GRAB = 8;
/** Below this many pixels of travel a press is a click, not a drag. */
const CLICK_SLOP = 3;

type Drag = { mode: 'new' | 'pan' | 'left' | 'right'; startLap: number; startX: number; moved: boolean; window: LapWindow };

/**
 * The zoom overview under the axis: the whole race in miniature with the zoom window on it. Drag
 * to brush a new window, drag the window to pan it, drag an edge to resize it, click to centre it.
 * Pointer-only by design: the zoom buttons and the +/−/0 keys do the same from the keyboard.
 */
export const Overview = memo(function Overview({ layout }: { layout: TimelineLayout }) {
  const { overview: ov, plotLeft, plotRight, lapsRun } = layout;
  const store = useAppStore();
  const cautionLaps = useMemo(() => ov.cautions.map((c) => c.startLap), [ov]);
  const shownCautions = useShownCount(cautionLaps);
  const [draft, setDraft] = useState<LapWindow | null>(null);
  const drag = useRef<Drag | null>(null);

  const position = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    const px = e.clientX - (box?.left ?? 0);
    return { px, lap: clamp(Math.round(ov.x.invert(px)), 1, lapsRun) };
  };
  const windowFor = (d: Drag, lap: number): LapWindow | null => {
    switch (d.mode) {
      case 'new':
        return [Math.min(d.startLap, lap), Math.max(d.startLap, lap)];
      case 'pan':
        return panWindow(d.window, lap - d.startLap, lapsRun);
      case 'left':
        return [Math.min(lap, d.window[1]), Math.max(lap, d.window[1])];
      case 'right':
        return [Math.min(d.window[0], lap), Math.max(d.window[0], lap)];
    }
  };

  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    const { px, lap } = position(e);
    const w = ov.window;
    const mode: Drag['mode'] = !w
      ? 'new'
      : Math.abs(px - w.x0) <= EDGE_GRAB
        ? 'left'
        : Math.abs(px - w.x1) <= EDGE_GRAB
          ? 'right'
          : px > w.x0 && px < w.x1
            ? 'pan'
            : 'new';
    drag.current = { mode, startLap: lap, startX: px, moved: false, window: layout.window };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const d = drag.current;
    if (!d) return;
    const { px, lap } = position(e);
    if (Math.abs(px - d.startX) > CLICK_SLOP) d.moved = true;
    if (d.moved) setDraft(windowFor(d, lap));
  };
  const onPointerUp = (e: PointerEvent<SVGRectElement>) => {
    const d = drag.current;
    drag.current = null;
    setDraft(null);
    if (!d) return;
    const { lap } = position(e);
    const { setZoom } = store.getState();
    if (d.moved) setZoom(windowFor(d, lap));
    // A click while zoomed centres the window there; a click on the whole race does nothing.
    else if (ov.window) setZoom(fitWindow(lap - (d.window[1] - d.window[0]) / 2, d.window[1] - d.window[0], lapsRun));
  };
  const onPointerCancel = () => {
    drag.current = null;
    setDraft(null);
  };

  const shown = draft ? { x0: ov.x(draft[0]), x1: ov.x(draft[1]) } : ov.window;
  const { top, height } = ov;
  return (
    <g className="overview" aria-hidden="true">
      <rect className="overview-bg" x={plotLeft} y={top} width={plotRight - plotLeft} height={height} rx={4} fill="#eef1f5" />
      {ov.overtime && <rect className="overview-ot" x={ov.overtime.x0} y={top} width={ov.overtime.x1 - ov.overtime.x0} height={height} fill="#fff1d6" />}
      {ov.stageEnds.map((x) => (
        <line key={x} className="overview-stage" x1={x} x2={x} y1={top} y2={top + height} />
      ))}
      {ov.cautions.slice(0, shownCautions).map((c, i) => (
        <rect key={i} className="overview-caution" x={c.x0} y={top + 8} width={c.x1 - c.x0} height={height - 16} fill="#a86f00" />
      ))}
      {shown ? (
        <g className={`overview-window${draft ? ' overview-window--draft' : ''}`}>
          <rect x={shown.x0} y={top + 1} width={Math.max(2, shown.x1 - shown.x0)} height={height - 2} rx={3} fill="transparent" />
          <line className="overview-handle" x1={shown.x0} x2={shown.x0} y1={top + 7} y2={top + height - 7} />
          <line className="overview-handle" x1={shown.x1} x2={shown.x1} y1={top + 7} y2={top + height - 7} />
        </g>
      ) : (
        <g className="overview-hint" data-export="skip">
          <rect x={(plotLeft + plotRight) / 2 - 60} y={top + 6} width={120} height={height - 12} rx={4} fill="#eef1f5" />
          <text x={(plotLeft + plotRight) / 2} y={top + height / 2 + 4} textAnchor="middle">
            Drag here to zoom
          </text>
        </g>
      )}
      <rect
        className="overview-hit"
        data-export="skip"
        fill="transparent"
        x={plotLeft - 6}
        y={top}
        width={plotRight - plotLeft + 12}
        height={height}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
      />
    </g>
  );
});
