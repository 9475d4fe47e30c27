import { useEffect, useRef } from 'react';
import { countEventsUpTo, eventById, incidentName } from '../data/race';
import { useAppStore, useDataset } from '../state/StoreContext';

/** At most one announcement this often: Play at 16 laps a second must not flood a screen reader. */
const MIN_GAP_MS = 2000;

/**
 * A polite live region that tells a screen-reader user what they cannot see change: the incident
 * they selected, and each incident Play reaches (several reached close together are announced as
 * the latest and how many more). It writes the region's text directly, outside React, so scrubbing
 * never re-renders anything for it. Nothing ahead of the cursor is announced in no-spoilers mode.
 */
export function Announcer() {
  const store = useAppStore();
  const dataset = useDataset();
  const regionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let lastAt = -Infinity;
    let timer: number | undefined;
    let pending: string | null = null;
    const write = (message: string) => {
      if (regionRef.current) regionRef.current.textContent = message;
      lastAt = performance.now();
    };
    const announce = (message: string) => {
      const wait = lastAt + MIN_GAP_MS - performance.now();
      if (wait <= 0 && timer === undefined) return write(message);
      pending = message;
      timer ??= window.setTimeout(() => {
        timer = undefined;
        if (pending !== null) write(pending);
        pending = null;
      }, Math.max(0, wait));
    };
    const unsubscribe = store.subscribe((state, previous) => {
      const race = dataset.races.get(state.race);
      if (!race || state.race !== previous.race) return;
      if (state.event !== previous.event && state.event !== null) {
        const event = eventById(race, state.event);
        if (event && !(state.hideAhead && event.lap > state.lap)) announce(`Selected: ${incidentName(event)}.`);
        return;
      }
      if (state.playing && state.lap > previous.lap) {
        const before = countEventsUpTo(race, previous.lap);
        const now = countEventsUpTo(race, state.lap);
        if (now > before) {
          const latest = race.events[now - 1]!;
          const more = now - before - 1;
          announce(`${incidentName(latest)}${more > 0 ? `, and ${more} more incident${more === 1 ? '' : 's'} on the way` : ''}.`);
        }
      }
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, dataset]);
  return <p ref={regionRef} className="visually-hidden" role="status" aria-live="polite" aria-label="Announcements" />;
}
