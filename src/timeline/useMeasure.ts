import { useLayoutEffect, useRef, useState } from 'react';

/** Fallback width where there is no layout (jsdom in tests) so charts still render. */
const FALLBACK_WIDTH = 800;

/**
 * The width a chart is first rendered at, before anything is measured: what a prerendered page
 * shows (scripts/prerender.mjs), and so also the first render of hydration, which must match it.
 * The measured width follows before the first paint (a layout effect). CSS scales the drawing down
 * to a narrower screen until then (and for good, with JavaScript off).
 */
export const FIRST_RENDER_WIDTH = 960;

/**
 * The one hook that measures (DESIGN.md): the width of the element it is attached to, kept up to
 * date on resize so charts re-lay out without a reload, and whether it has been measured yet (not
 * on a prerendered page before its scripts run). Charts themselves take width as a prop.
 */
export function useMeasuredWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number, boolean] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FIRST_RENDER_WIDTH);
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // clientWidth is in the element's own CSS pixels; getBoundingClientRect() would include a CSS
    // `zoom` on an ancestor, and the chart, drawn in CSS pixels, would then be zoomed twice.
    const measure = () => {
      setWidth(element.clientWidth || FALLBACK_WIDTH);
      setMeasured(true);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width, measured];
}
