import { useEffect } from 'react';
import type { AppStore } from './store';
import { viewOf } from './store';
import type { View } from './view';
import { addressOf, parseAddress, splitPath } from './address';
import { isEmbedded, withEmbed } from './embed';
import { historyEntryFor, sameView } from './url';
import { registerUrlFlush } from './urlFlush';
import type { Catalog } from './view';

/**
 * The least time between two address-bar rewrites while scrubbing or playing: browsers throttle
 * rapid history calls (Chromium warns past ~100 in 10 s). A throttle, not a debounce: during Play
 * at 16 laps a second the address still follows, at most every this many ms.
 */
const REPLACE_INTERVAL_MS = 150;
/**
 * Rewrites allowed at once before the interval applies: a few key presses write at once (so a
 * reload straight after scrubbing keeps the lap), a long drag or Play settles to one per interval.
 * 5 at once plus one per 150 ms stays under 75 rewrites in any 10 s.
 */
const REPLACE_BURST = 5;

/**
 * Keeps the URL and the store in step. What changed decides how it enters the history
 * (historyEntryFor): scrubbing replaces the entry, selecting pushes one; Back/Forward re-apply the
 * URL they land on.
 */
export function useUrlSync(store: AppStore, catalog: Catalog): void {
  useEffect(() => {
    // Addresses are written under the site root the page was opened at (state/address.ts).
    const root = splitPath(window.location.pathname, catalog).root;
    // An embed stays one as the reader moves (state/embed.ts).
    const embedded = isEmbedded(window.location.search);
    const addressFor = (view: View) => (embedded ? withEmbed(addressOf(view, root, catalog)) : addressOf(view, root, catalog));
    const here = () => window.location.pathname + window.location.search;
    // The view still to be written; serialized only when it is written, not on every lap step.
    let pending: View | null = null;
    let timer: number | undefined;
    // A token bucket: full at start, one token back per interval.
    let tokens = REPLACE_BURST;
    let refilledAt = performance.now();
    const takeToken = () => {
      const now = performance.now();
      tokens = Math.min(REPLACE_BURST, tokens + (now - refilledAt) / REPLACE_INTERVAL_MS);
      refilledAt = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    };
    // True while Back/Forward applies the URL it landed on: that change is in the history already.
    let applyingHistory = false;
    const flushReplace = () => {
      window.clearTimeout(timer);
      timer = undefined;
      const url = pending !== null ? addressFor(pending) : null;
      if (url !== null && url !== here()) window.history.replaceState(null, '', url + window.location.hash);
      pending = null;
    };
    const unsubscribe = store.subscribe((state, previous) => {
      const before = viewOf(previous);
      const view = viewOf(state);
      if (applyingHistory || sameView(view, before)) return;
      if (historyEntryFor(before, view) === 'push') {
        // The entry being left keeps the lap the reader had scrubbed to.
        pending = before;
        flushReplace();
        const next = addressFor(view);
        if (next !== here()) window.history.pushState(null, '', next);
      } else {
        pending = view;
        // Written in a task of its own (not in the step the reader is waiting to see), at once while the
        // bucket has tokens, else after the interval; changes in between only update what will be written.
        if (timer === undefined) timer = window.setTimeout(flushReplace, takeToken() ? 0 : REPLACE_INTERVAL_MS);
      }
    });
    const onPopState = () => {
      window.clearTimeout(timer);
      timer = undefined;
      pending = null;
      const { view, problems } = parseAddress(window.location.pathname, window.location.search, catalog);
      applyingHistory = true;
      try {
        store.getState().applyView(view, problems);
      } finally {
        applyingHistory = false;
      }
    };
    // Leaving, reloading or hiding the page mid-scrub must not lose the lap from the address.
    const onPageHide = () => flushReplace();
    const onHidden = () => document.visibilityState === 'hidden' && flushReplace();
    const unregister = registerUrlFlush(flushReplace);
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      flushReplace();
      unregister();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [store, catalog]);
}
