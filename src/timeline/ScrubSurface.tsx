import { useCallback, useRef, type PointerEvent } from 'react';
import { clamp } from '../lib/clamp';
import { useAppStore } from '../state/StoreContext';
import { METRICS, type TimelineLayout } from './layout';

/** How far (px) a touch must move, and more sideways than up or down, before it scrubs. */
const TOUCH_SCRUB_SLOP = 10;

/**
 * Pressing and dragging on the plot scrubs, like the slider. A mouse or a pen scrubs from the press;
 * a touch only once it moves sideways (the chart takes vertical pans as page scrolls, touch-action:
 * pan-y), so that a swipe to scroll the page, or a tap on an empty part of the chart, never moves
 * the cursor (a tap on a mark selects it). `onPress` takes a press first (on the tooltip).
 */
export function ScrubSurface({ layout, onPress }: { layout: TimelineLayout; onPress?: (x: number, y: number) => boolean }) {
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
