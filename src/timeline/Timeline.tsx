import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { LapWindow } from '../data/laps';
import type { Race } from '../data/schema';
import { lapsKnown, outcomeHidden } from '../data/spoilers';
import { useApp, useAppStore } from '../state/StoreContext';
import { layoutTimeline } from './layout';
import { activateSubject, Markers } from './Markers';
import { HATCH_ID, type TipHandler, type TipRequest } from './marks';
import { Overview } from './Overview';
import './timeline.css';
import { CautionShading, OvertimeLabel, RaceBackdrop } from './Backdrop';
import { Cursor } from './Cursor';
import { ScrubSurface } from './ScrubSurface';
import { TIP_HIDE_DELAY_MS } from './tooltip';
/**
 * The tooltip, loaded on first use (a hover or a focus): it is not on a page as drawn, and its text
 * builders are first-load weight no reader needs until then (the first-load budget, DESIGN.md).
 */
const TimelineTip = lazy(() => import('./TimelineTip').then((m) => ({ default: m.TimelineTip })));


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
