// The races the project has, for the scripts that measure or draw them (bench, Lighthouse, the
// TimelineJS comparison): whatever folders src/data/races holds, never a fixed list, so a new race is
// measured like the shipped ones. Read from the files (no validation: the build checks the data).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DATA = resolve(import.meta.dirname, '..', 'src', 'data');
const raceOf = (id) => JSON.parse(readFileSync(resolve(DATA, 'races', id, 'race.json'), 'utf8'));

/** Every race id, in date order (as the app lists them). */
export const RACE_IDS = readdirSync(resolve(DATA, 'races'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ id: d.name, date: raceOf(d.name).date }))
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  .map((r) => r.id);

/** The race the root page opens (src/data/site.json). */
export const FRONT_PAGE = JSON.parse(readFileSync(resolve(DATA, 'site.json'), 'utf8')).frontPage;

/** Every pair of races, each in list order, as the build writes their comparison pages. */
export const RACE_PAIRS = RACE_IDS.flatMap((a, i) => RACE_IDS.slice(i + 1).map((b) => [a, b]));

/** A race's first key incident (the moment a first-time reader should not miss), else its first incident. */
export function keyMoment(raceId) {
  const { events } = raceOf(raceId);
  return (events.find((e) => e.key) ?? events[0]).id;
}
