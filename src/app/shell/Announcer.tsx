import { useEffect, useRef } from 'react';
import { useAppStore, useDataset } from '../../state/StoreContext';

/**
 * A polite live region that tells a screen-reader user what they cannot see change: the incident
 * they selected; and for Play, that it started (from which lap, how fast), each incident and each
 * stage or overtime it passes (several close together are announced as the latest and how many
 * more, at most one announcement every two seconds), and where it stopped. It writes the region's
 * text directly, outside React, so scrubbing never re-renders anything for it. Nothing ahead of the
 * cursor is announced in no-spoilers mode, and the region is emptied of it. The work is in
 * announceChanges.ts, a chunk loaded once the app runs (the first-load budget).
 */
export function Announcer() {
  const store = useAppStore();
  const dataset = useDataset();
  const regionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./announceChanges').then(({ announceChanges }) => {
      if (!cancelled) stop = announceChanges(store, dataset, regionRef);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [store, dataset]);
  return <p ref={regionRef} className="visually-hidden" role="status" aria-live="polite" aria-label="Announcements" />;
}
