/**
 * The one rule for what lies ahead (no-spoilers mode, issue 19). A reader who ticks "Hide what happens
 * after this lap" (or opens a no-spoilers link) is shown nothing past the cursor: no incident, count,
 * title, quote, card, announcement or address that a later lap would tell. Every place that shows one
 * asks here, so the rule is the same everywhere and changes in one place.
 *
 * `Reach` is the part of a view the rule reads: whether no-spoilers mode is on, and the cursor's lap.
 */
import type { Quote, Race } from './schema';

/** What the rule needs to know of a view: no-spoilers mode, and the lap the reader has reached. */
export type Reach = { hideAhead: boolean; lap: number };

/** True when something that happens on `lap` is still ahead of a no-spoilers reader (and so not shown). */
export function isAhead(reach: Reach, lap: number): boolean {
  return reach.hideAhead && lap > reach.lap;
}

/**
 * True while the race's outcome (winner, champion, margin, laps run, every total, the record after
 * the flag, the articles' titles, which tell the result) is hidden: in no-spoilers mode, until the
 * cursor reaches the finish.
 */
export function outcomeHidden(reach: Reach, race: Pick<Race, 'lapsRun'>): boolean {
  return reach.hideAhead && reach.lap < race.lapsRun;
}

/**
 * How long the race is as far as a reader may know: the laps run, or, while no-spoilers mode hides the
 * outcome, the scheduled distance, growing a lap ahead of the cursor once it is past it. The slider's
 * end and the chart's axis use it, so neither tells by its scale that the race went long (four
 * overtimes) or was cut short. Past the scheduled distance the next lap is always reachable, which
 * says only what a reader at that lap knows: the race has not ended yet.
 */
export function lapsKnown(race: Pick<Race, 'lapsRun' | 'scheduledLaps'>, reach: Reach): number {
  return outcomeHidden(reach, race) ? Math.max(race.scheduledLaps, reach.lap + 1) : race.lapsRun;
}

/**
 * The last lap whose events a reader may be shown: the cursor's in no-spoilers mode, else the whole race.
 * (A number, so a component selecting it re-renders in no-spoilers mode only as the cursor moves.)
 */
export function lapReached(reach: Reach, race: Pick<Race, 'lapsRun'>): number {
  return reach.hideAhead ? reach.lap : race.lapsRun;
}

/** The value for a spoilers parameter: `hide`, or `show` for the whole race (the default, so never written). */
export type SpoilersSetting = 'hide' | 'show';

/**
 * Reads a link's `spoilers=` value. Only "show" (any case) shows the whole race; anything else a link
 * gives (hide, HIDE, true, 1, a typo) hides what lies ahead: a reader who asked not to be spoiled and
 * typed it wrong must not be spoiled. `exact` is false when the value was not "hide" or "show" as written,
 * so the notice can say how it was read.
 */
export function readSpoilers(value: string): { setting: SpoilersSetting; exact: boolean } {
  const word = value.trim().toLowerCase();
  const setting: SpoilersSetting = word === 'show' ? 'show' : 'hide';
  return { setting, exact: value === setting };
}

/** The overtimes a no-spoilers reader has seen begin (all of them otherwise, or at the finish). */
export function overtimesReached(race: Pick<Race, 'overtimes' | 'lapsRun'>, reach: Reach): Race['overtimes'] {
  return outcomeHidden(reach, race) ? race.overtimes.filter((o) => o.startLap <= reach.lap) : race.overtimes;
}

/** The caution periods on the timeline that a no-spoilers reader has reached (all of them otherwise). */
export function cautionsReached(race: Pick<Race, 'cautions' | 'lapsRun'>, reach: Reach): NonNullable<Race['cautions']>['periods'] {
  const periods = race.cautions?.periods ?? [];
  return outcomeHidden(reach, race) ? periods.filter((c) => c.startLap <= reach.lap) : periods;
}

/**
 * True when a no-spoilers reader may read a quote shown in `race`: every incident of that race it
 * speaks of is reached ("qualifying on the pole and winning the second stage" speaks of lap 90 too).
 */
export function quoteReached(quote: Pick<Quote, 'events'>, race: Pick<Race, 'id' | 'events'>, reach: Reach): boolean {
  if (!reach.hideAhead) return true;
  return quote.events.every((about) => about.race !== race.id || !isAhead(reach, race.events.find((e) => e.id === about.event)?.lap ?? Infinity));
}
