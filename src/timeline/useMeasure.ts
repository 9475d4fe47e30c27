import { useLayoutEffect, useRef, useState } from 'react';

/** Fallback width where there is no layout (jsdom in tests) so charts still render. */
const FALLBACK_WIDTH = 800;

/**
 * The one hook that measures (DESIGN.md): the width of the element it is attached to, kept up to
 * date on resize so charts re-lay out without a reload. Charts themselves take width as a prop.
 */
export function useMeasuredWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // clientWidth is in the element's own CSS pixels; getBoundingClientRect() would include a CSS
    // `zoom` on an ancestor, and the chart, drawn in CSS pixels, would then be zoomed twice.
    const measure = () => setWidth(element.clientWidth || FALLBACK_WIDTH);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
