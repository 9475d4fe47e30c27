import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useClientValue } from './useClientValue';

/**
 * Renders `children` once the placeholder comes near the viewport, or once the browser is idle and
 * their code has loaded (`preload`), whichever is first. Used with React.lazy to keep below-the-fold
 * panels (and their code) out of the first load and the start; rendered at idle, they are on the page
 * for what does not scroll to them: a full-page capture, the browser's find in page, printing. Where
 * there is no IntersectionObserver (tests, very old browsers) it renders at once.
 */
export function WhenVisible({
  children,
  label,
  preload,
}: {
  children: ReactNode;
  label: string;
  /** Fetches the children's code when the browser is idle; they are rendered once it has come. */
  preload?: () => Promise<void>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Where nothing can tell (no IntersectionObserver: tests, very old browsers) it renders at once.
  // Not on the server, though, so a prerendered page and its hydration agree (the server snapshot).
  const cannotTell = useClientValue(() => typeof IntersectionObserver === 'undefined', false);
  const [seen, setVisible] = useState(false);
  const visible = seen || cannotTell;
  useEffect(() => {
    if (visible) return;
    // Printing shows the whole page: render now, synchronously, before the browser lays out the print.
    const onBeforePrint = () => flushSync(() => setVisible(true));
    window.addEventListener('beforeprint', onBeforePrint);
    let gone = false;
    // A transition: React renders it in slices, yielding to the reader's input (a scrub that starts then).
    const renderAtIdle = () => void preload?.().then(() => !gone && startTransition(() => setVisible(true)));
    const idle = preload && (window.requestIdleCallback?.(renderAtIdle, { timeout: 5000 }) ?? window.setTimeout(renderAtIdle, 3000));
    return () => {
      gone = true;
      window.removeEventListener('beforeprint', onBeforePrint);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [visible, preload]);
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '400px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible]);
  const placeholder = (
    <div ref={ref} className="panel placeholder">
      <p className="muted placeholder__loading">Loading {label}…</p>
      {/* With scripting off (a prerendered page read as is) nothing will load: say so, instead of a
          "Loading…" that never ends. React leaves a noscript's content alone when it hydrates. */}
      <noscript>
        <p className="muted">{`${label.charAt(0).toUpperCase()}${label.slice(1)} needs JavaScript. The incident, its quotes and the timeline above do not.`}</p>
      </noscript>
    </div>
  );
  return visible ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
