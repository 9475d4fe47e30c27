/** Waiting for the page's first paint (boot.ts loads the app then). */

/**
 * The longest the wait may last where the browser reports paints: a safety net for a page that never
 * paints any content, not a guess at when it paints (a busy phone can take a second or more).
 */
const PAINT_WAIT_MS = 5000;

/**
 * Runs `start` once the page's first contentful paint is on screen, as the browser reports it; where
 * it cannot report paints, after the first frame. A page that is (or goes) into the background paints
 * nothing until shown, so there it runs at once.
 */
export function afterFirstPaint(start: () => void, waitMs = PAINT_WAIT_MS): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    document.removeEventListener('visibilitychange', onHidden);
    start();
  };
  function onHidden() {
    if (document.visibilityState === 'hidden') once();
  }
  if (document.visibilityState === 'hidden') return once();
  document.addEventListener('visibilitychange', onHidden);
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    });
    // Buffered: a paint that happened before this script ran counts.
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(once, waitMs);
  } else {
    // No paint timing: the first frame's callbacks run just before it is painted; a task queued from
    // there runs after it.
    requestAnimationFrame(() => setTimeout(once));
  }
}
