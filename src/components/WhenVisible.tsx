import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Renders `children` only once the placeholder comes near the viewport. Used with React.lazy to
 * keep below-the-fold panels (and their code) out of the first load. Where there is no
 * IntersectionObserver (tests, very old browsers) it renders at once.
 */
export function WhenVisible({
  children,
  placeholderHeight = 400,
  label,
  preload,
}: {
  children: ReactNode;
  placeholderHeight?: number;
  label: string;
  /** Fetches the children's code when the browser is idle, so printing (which cannot wait) shows them. */
  preload?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible) return;
    // Printing shows the whole page: render now, synchronously, before the browser lays out the print.
    const onBeforePrint = () => flushSync(() => setVisible(true));
    window.addEventListener('beforeprint', onBeforePrint);
    const idle = preload && (window.requestIdleCallback?.(preload, { timeout: 5000 }) ?? window.setTimeout(preload, 3000));
    return () => {
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
    <div ref={ref} className="panel placeholder" style={{ minHeight: placeholderHeight }}>
      <p className="muted">Loading {label}…</p>
    </div>
  );
  return visible ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
