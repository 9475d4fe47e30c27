import { useEffect, useMemo, useRef } from 'react';
import { addressOf } from '../state/address';
import { catalogOf } from '../state/store';
import { useAppStore, useDataset, useSiteRoot } from '../state/StoreContext';

/**
 * The embed's way out: a small link to the full page of what the embed shows (shown only in an embed,
 * app.css `html.embedded`). Kept in step with the view at most once a frame, without a render, so
 * scrubbing costs it nothing.
 */
export function OpenInLapline() {
  const store = useAppStore();
  const dataset = useDataset();
  const root = useSiteRoot();
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    let frame = 0;
    const follow = () => {
      frame = 0;
      link.current?.setAttribute('href', addressOf(store.getState(), root, catalog));
    };
    follow();
    const unsubscribe = store.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(follow);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, root, catalog]);
  return (
    <a ref={link} className="embed-open" href={addressOf(store.getState(), root, catalog)} target="_blank" rel="noopener">
      Open in Lapline <span aria-hidden="true">↗</span>
    </a>
  );
}
