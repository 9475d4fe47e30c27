import { useRef } from 'react';
import { addressOf } from '../../state/address';
import { useAppStore, useCatalog, useSiteRoot } from '../../state/StoreContext';
import { useStoreOncePerFrame } from '../../state/useStoreOncePerFrame';

/**
 * The embed's way out: a small link to the full page of what the embed shows (shown only in an embed,
 * app.css `html.embedded`). Kept in step with the view at most once a frame, without a render, so
 * scrubbing costs it nothing.
 */
export function OpenInLapline() {
  const store = useAppStore();
  const root = useSiteRoot();
  const catalog = useCatalog();
  const link = useRef<HTMLAnchorElement>(null);
  useStoreOncePerFrame(store, (state) => link.current?.setAttribute('href', addressOf(state, root, catalog)));
  return (
    <a ref={link} className="embed-open" href={addressOf(store.getState(), root, catalog)} target="_blank" rel="noopener">
      Open in Lapline <span aria-hidden="true">↗</span>
    </a>
  );
}
