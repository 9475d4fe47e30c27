/**
 * Rules on whether a race file agrees with itself: numbers that are each plausible alone but cannot
 * all be true (issue 18, from the data review of 2026-12-01). Each rule is a small pure function
 * that reports through `fail(path, message)`, as validateRace's own checks do; validateRace calls
 * them all through checkConsistency once the ids resolve. A reference that does not resolve is left
 * to validateRace's own message, not reported twice.
 */
import type { Quote, Race, RaceEvent } from '../schema';

/** Reports one problem: the path inside the file and what is wrong, in plain words. */
export type Fail = (path: string, message: string) => void;

/** Every consistency rule on one race. */
export function checkConsistency(race: Race, fail: Fail): void {
  outAfterLapsCompleted(race, fail);
  spanPastRestart(race, fail);
  titleFightBehindRaceLeader(race, fail);
  disputedCounts(race, fail);
}

/** The earliest and latest lap an event may have happened on: its range, else its lap. */
function spanOf(event: RaceEvent): [number, number] {
  return event.lapRange ?? [event.lap, event.lap];
}

/**
 * A driver scored with N laps was out by lap N + 1, so the incident that ended their race cannot be
 * drawn later than that (Kraus, 156 laps, cannot go out on lap 160).
 */
export function outAfterLapsCompleted(race: Race, fail: Fail): void {
  race.results?.forEach((row, i) => {
    const event = race.events.find((e) => e.id === row.outEventId);
    if (!event || row.laps === undefined) return;
    if (event.lap > row.laps + 1) {
      fail(
        `results.${i}.outEventId`,
        `"${event.id}" is drawn on lap ${event.lap}, but ${row.driver} is scored with ${row.laps} laps, so their race ended by lap ${row.laps + 1}`,
      );
    }
  });
}

/**
 * What must happen before a caution's restart may not run past it: the incident that caused the
 * caution (its `eventId`), and a pit stop drawn inside the caution (a stop under that yellow). The
 * restart comes after the caution's last lap. (Heim's stop under the spin's caution cannot run to
 * lap 127 when the green flew on lap 125.)
 */
export function spanPastRestart(race: Race, fail: Fail): void {
  const periods = race.cautions?.periods ?? [];
  periods.forEach((caution, c) => {
    // A period that ends before it starts is validateRace's to report, once.
    if (caution.endLap < caution.startLap) return;
    const name = `caution ${caution.number ?? c + 1} (laps ${caution.startLap}–${caution.endLap})`;
    race.events.forEach((event, i) => {
      const [, last] = spanOf(event);
      if (last <= caution.endLap) return;
      const path = event.lapRange ? `events.${i}.lapRange` : `events.${i}.lap`;
      if (event.id === caution.eventId) {
        fail(path, `runs to lap ${last}, past the restart after ${name}, the caution this incident caused`);
      } else if (event.kind === 'pit' && event.lap >= caution.startLap && event.lap <= caution.endLap) {
        fail(path, `runs to lap ${last}, past the restart after ${name}, under which this stop is drawn`);
      }
    });
  });
}

/**
 * Whoever leads the race is ahead of every other truck, so a title contender leading the race is
 * also ahead in the title fight: the title fight cannot have passed to another contender while the
 * record has a contender in the lead (Hocevar from lap 91 while Heim led to lap 95).
 */
export function titleFightBehindRaceLeader(race: Race, fail: Fail): void {
  const fight = race.titleFight ?? [];
  if (fight.length === 0) return;
  const contenders = new Set(race.drivers.filter((d) => d.contender).map((d) => d.id));
  race.leaderSpans?.forEach((lead, i) => {
    if (!contenders.has(lead.driver)) return;
    fight.forEach((span, j) => {
      const until = (fight[j + 1]?.fromLap ?? Infinity) - 1;
      const from = Math.max(span.fromLap, lead.startLap);
      const to = Math.min(until, lead.endLap);
      if (from <= to && span.leader !== lead.driver) {
        fail(
          `titleFight.${j}.fromLap`,
          `puts ${span.leader} ahead in the title fight on ${from === to ? `lap ${from}` : `laps ${from}–${to}`}, while ${lead.driver}, a contender, leads the race there (leaderSpans.${i}, laps ${lead.startLap}–${lead.endLap})`,
        );
      }
    });
  });
}

/**
 * A count the sources disagree on names its disagreement, which must exist, and the count shown must
 * be one of the counts its claims give (so "56, disputed" is never shown where the claims say 55 or 57).
 */
export function disputedCounts(race: Race, fail: Fail): void {
  race.lapsLed?.forEach((entry, i) => {
    entry.disagreements?.forEach((id, j) => {
      const d = race.disagreements?.findIndex((x) => x.id === id) ?? -1;
      const disagreement = race.disagreements?.[d];
      if (!disagreement) return fail(`lapsLed.${i}.disagreements.${j}`, `unknown disagreement "${id}"`);
      const values = disagreement.claims.flatMap((claim) => (claim.value === undefined ? [] : [claim.value]));
      if (values.length < 2) fail(`disagreements.${d}.claims`, `"${id}" is over a count, so at least two of its claims need a value (the count each gives)`);
      else if (!values.includes(entry.laps)) fail(`lapsLed.${i}.laps`, `${entry.laps} is not one of the counts the claims of "${id}" give (${values.join(', ')})`);
    });
  });
}

/**
 * When a quote was said, against when it was published: a remark cannot be published before it was
 * said, nor appear in an article before it was published; an approximate month and a day are not
 * both given. Called by validateQuotes for each quote, with its article's date where known.
 */
export function checkQuoteTiming(quote: Quote, articleDate: string | undefined, path: string, fail: Fail): void {
  const said = quote.said;
  if (!said) return;
  if (said.date !== undefined && said.approx !== undefined) fail(`${path}.said.approx`, 'give the day it was said (date) or roughly when (approx), not both');
  const saidBy = said.date ?? said.approx?.month;
  if (said.published !== undefined && saidBy !== undefined && said.published.slice(0, saidBy.length) < saidBy) {
    fail(`${path}.said.published`, `${said.published} is before the remark was said (${saidBy})`);
  }
  if (said.published !== undefined && articleDate !== undefined && said.published > articleDate) {
    fail(`${path}.said.published`, `${said.published} is after the article quoting it was published (${articleDate})`);
  }
  if (said.approx !== undefined && articleDate !== undefined && said.approx.month > articleDate.slice(0, 7)) {
    fail(`${path}.said.approx.month`, `${said.approx.month} is after the article quoting it was published (${articleDate})`);
  }
}
