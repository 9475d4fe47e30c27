import { useEffect } from 'react';
import type { AppStore } from './store';
import { viewOf } from './store';
import { historyEntryFor, parseView, sameView, serializeView } from './url';
import type { Catalog } from './view';

/**
 * How long scrubbing waits before rewriting the address bar. Browsers throttle rapid history
 * calls (Chromium warns past ~100 in 10 s), and nobody shares a link mid-drag.
 */
const REPLACE_DELAY_MS = 150;

/**
 * Keeps the URL and the store in step. What changed decides how it enters the history
 * (historyEntryFor): scrubbing replaces the entry, selecting pushes one; Back/Forward re-apply the
 * URL they land on.
 */
export function useUrlSync(store: AppStore, catalog: Catalog): void {
  useEffect(() => {
    let pending: string | null = null;
    let timer: number | undefined;
    // True while Back/Forward applies the URL it landed on: that change is in the history already.
    let applyingHistory = false;
    const flushReplace = () => {
      window.clearTimeout(timer);
      if (pending !== null && pending !== window.location.search) window.history.replaceState(null, '', pending + window.location.hash);
      pending = null;
    };
    const unsubscribe = store.subscribe((state, previous) => {
      const before = viewOf(previous);
      const view = viewOf(state);
      if (applyingHistory || sameView(view, before)) return;
      const url = serializeView(view);
      if (historyEntryFor(before, view) === 'push') {
        // The entry being left keeps the lap the reader had scrubbed to.
        pending = serializeView(before);
        flushReplace();
        if (url !== window.location.search) window.history.pushState(null, '', url);
      } else {
        pending = url;
        window.clearTimeout(timer);
        timer = window.setTimeout(flushReplace, REPLACE_DELAY_MS);
      }
    });
    const onPopState = () => {
      window.clearTimeout(timer);
      pending = null;
      const { view, problems } = parseView(window.location.search, catalog);
      applyingHistory = true;
      try {
        store.getState().applyView(view, problems);
      } finally {
        applyingHistory = false;
      }
    };
    // Leaving the page mid-scrub must not lose the lap from the address a reader bookmarks.
    const onPageHide = () => flushReplace();
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      flushReplace();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [store, catalog]);
}
