/**
 * The Announcer's work (app/shell/Announcer.tsx): subscribes to the store and writes `region`'s
 * text. A module of its own, loaded once the app has started: nothing is announced before a reader
 * acts, and it is first-load weight otherwise (the first-load budget). Returns the unsubscribe.
 */
import { countEventsUpTo, eventById, incidentName, phaseAt, phaseLabel } from '../../data/race';
import { isAhead } from '../../data/spoilers';
import type { Dataset } from '../../data/dataset';
import type { AppStore } from '../../state/store';

/** At most one announcement this often: Play at 16 laps a second must not flood a screen reader. */
const MIN_GAP_MS = 2000;

/** Starts announcing into `region`; returns what stops it. */
export function announceChanges(store: AppStore, dataset: Dataset, region: { current: HTMLElement | null }): () => void {
  let lastAt = -Infinity;
  let timer: number | undefined;
  let pending: string | null = null;
  // Incidents Play has passed since the last announcement: the latest is named, the others counted.
  let passed = 0;
  // The lap of what the region says (an incident's, or where Play was): in no-spoilers mode the
  // region is emptied as soon as the cursor is before it, so a screen reader never reaches it.
  let saidLap = 0;
  const write = (message: string, lap: number) => {
    if (region.current) region.current.textContent = message;
    saidLap = lap;
    lastAt = performance.now();
    passed = 0;
  };
  let pendingLap = 0;
  const announce = (message: string, lap: number) => {
    const wait = lastAt + MIN_GAP_MS - performance.now();
    if (wait <= 0 && timer === undefined) return write(message, lap);
    pending = message;
    pendingLap = Math.max(pendingLap, lap);
    timer ??= window.setTimeout(() => {
      timer = undefined;
      if (pending !== null) write(pending, pendingLap);
      pending = null;
      pendingLap = 0;
    }, Math.max(0, wait));
  };
  /** Play starting or stopping, said at once: after what Play passed that was still to be said. */
  const announceNow = (message: string, lap: number) => {
    window.clearTimeout(timer);
    timer = undefined;
    write(pending === null ? message : `${pending} ${message}`, Math.max(lap, pendingLap));
    pending = null;
    pendingLap = 0;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // No spoilers: what the region says (or is about to say) of a lap the cursor is now before goes.
    if (isAhead(state, saidLap) && region.current?.textContent) {
      region.current.textContent = '';
      saidLap = 0;
    }
    if (pending !== null && isAhead(state, pendingLap)) {
      window.clearTimeout(timer);
      timer = undefined;
      pending = null;
      pendingLap = 0;
      // Nor are the incidents it counted: said later, they would be counted twice, or from ahead of the cursor.
      passed = 0;
    }
    const race = dataset.races.get(state.race);
    if (!race || state.race !== previous.race) return;
    if (state.event !== previous.event && state.event !== null) {
      const event = eventById(race, state.event);
      if (event && !isAhead(state, event.lap)) announce(`Selected: ${incidentName(event)}.`, event.lap);
      return;
    }
    if (state.playing && !previous.playing) return announceNow(`Playing from lap ${state.lap}, ${state.speed} lap${state.speed === 1 ? '' : 's'} a second.`, state.lap);
    if (!state.playing && previous.playing) return announceNow(state.lap >= race.lapsRun ? `Play reached the finish, lap ${state.lap}.` : `Paused at lap ${state.lap}.`, state.lap);
    if (state.playing && state.lap > previous.lap) {
      const before = countEventsUpTo(race, previous.lap);
      const now = countEventsUpTo(race, state.lap);
      const phase = phaseLabel(phaseAt(race, state.lap));
      if (now > before) {
        passed += now - before;
        const more = passed - 1;
        announce(`${incidentName(race.events[now - 1]!)}${more > 0 ? `, and ${more} more incident${more === 1 ? '' : 's'} on the way` : ''}.`, state.lap);
        // A stage or overtime begun, unless an incident passed is still to be said (it says more).
      } else if (passed === 0 && phase !== phaseLabel(phaseAt(race, previous.lap))) announce(`Lap ${state.lap}: ${phase}.`, state.lap);
    }
  });
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
  };
}
