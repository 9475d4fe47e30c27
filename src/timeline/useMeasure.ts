import { useLayoutEffect, useRef, useState } from 'react';

/** Fallback width where there is no layout (jsdom in tests) so charts still render. */
const FALLBACK_WIDTH = 800;

/**
 * The one hook that measures (DESIGN.md): the width of the element it is attached to (0 until it is
 * measured), kept up to date on resize so charts re-lay out without a reload, and whether it has been
 * measured yet: not on a prerendered page before its scripts run, nor in the first render of its
 * hydration, which must draw what the page shows (TimelineDrawings). The measured width follows
 * before the first paint (a layout effect). Charts themselves take width as a prop.
 */
export function useMeasuredWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number, boolean] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
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
