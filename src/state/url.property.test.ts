/**
 * Property tests for the URL contract (DESIGN.md): `parseView` never throws and always yields a view
 * the app can show, and `serializeView` writes links that parse back to themselves with no notice.
 * Thousands of generated query strings: arbitrary text, and links built from the real parameter
 * names with hostile values (unicode, huge numbers, empty, repeated, encoded or not).
 */
import fc from 'fast-check';
import { dataset } from '../data/load/bundledDataset';
import { catalogOf } from './store';
import { parseView, serializeView } from './url';
import type { LinkView } from './view';

const catalog = catalogOf(dataset);
const raceIds = [...catalog.raceIds];
const eventIds = [...catalog.races.values()].flatMap((race) => [...race.eventLaps.keys()]);
const quoteIds = [...catalog.quoteIds];
const driverIds = [...new Set([...catalog.races.values()].flatMap((race) => [...race.drivers.keys()]))];

/** One of `values` or `nil`; only `nil` when there are none (fc.constantFrom refuses an empty list). */
function optionFrom<T, N>(values: readonly T[], nil: N): fc.Arbitrary<T | N> {
  return values.length === 0 ? fc.constant(nil) : fc.option(fc.constantFrom(...values), { nil });
}

/** Every reason `view` is not one the app can show; empty when it is valid. */
function invalidities(view: LinkView): string[] {
  const reasons: string[] = [];
  const race = catalog.races.get(view.race);
  if (!race) return [`race ${JSON.stringify(view.race)} is not a loaded race`];
  if (!Number.isInteger(view.lap) || view.lap < 1 || view.lap > race.lapsRun) reasons.push(`lap ${view.lap} is outside 1..${race.lapsRun}`);
  if (view.event !== null && !race.eventLaps.has(view.event)) reasons.push(`event ${JSON.stringify(view.event)} is not in ${view.race}`);
  if (view.quote !== null && !catalog.quoteIds.has(view.quote)) reasons.push(`quote ${JSON.stringify(view.quote)} is unknown`);
  if (typeof view.hideAhead !== 'boolean') reasons.push('hideAhead is not a boolean');
  if (view.follow != null && !race.drivers.has(view.follow)) reasons.push(`follow ${JSON.stringify(view.follow)} is not a driver of ${view.race}`);
  // Timeline parameters, where the view has them: a whole-lap window inside the race, a known grouping.
  if ('zoom' in view && view.zoom != null) {
    const [from, to] = view.zoom as readonly number[];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from! < 1 || to! > race.lapsRun || from! >= to!) reasons.push(`zoom ${JSON.stringify(view.zoom)} is not a window inside 1..${race.lapsRun}`);
  }
  if ('lanes' in view && view.lanes !== undefined && view.lanes !== 'kind' && view.lanes !== 'driver') reasons.push(`lanes ${JSON.stringify(view.lanes)}`);
  return reasons;
}

/** Checks every property for one query string; throws (failing the property) with the reason. */
function checkQuery(search: string): void {
  const { view } = parseView(search, catalog);
  expect(invalidities(view)).toEqual([]);
  const link = serializeView(view);
  const again = parseView(link, catalog);
  // A link the app writes is read back as the same view, with no notice to the reader...
  expect(again.problems).toEqual([]);
  expect(serializeView(again.view)).toBe(link);
  // ...and parsing never loses anything the link carries.
  expect(again.view).toEqual(view);
}

const numberText = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -5, max: 400 }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constantFrom('1e400', '-0', '+7', ' 12 ', '0x10', '1_000', '١٢٠', '１２０', 'Infinity', 'NaN', '00000000001', '999999999', '1000000000'),
);
const zoomText = fc.tuple(numberText, fc.constantFrom('-', '–', ' - ', '..', ''), numberText).map(([a, sep, b]) => `${a}${sep}${b}`);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const value = fc.oneof(
  fc.constantFrom(...raceIds, ...eventIds, ...quoteIds, ...driverIds, 'hide', 'show', 'kind', 'driver', ''),
  fc.constantFrom(...raceIds, ...eventIds, ...driverIds).map((id) => id.toUpperCase()),
  numberText,
  zoomText,
  anyText,
);
const name = fc.oneof(
  { weight: 7, arbitrary: fc.constantFrom('race', 'lap', 'event', 'quote', 'spoilers', 'zoom', 'lanes', 'follow') },
  { weight: 1, arbitrary: fc.constantFrom('Race', 'LAP', 'lap ', 'race[]', 'utm_source', 'Follow', '') },
  { weight: 1, arbitrary: anyText },
);
/** A query string from (name, value) pairs, repeats allowed, each part percent-encoded or left raw. */
const structuredQuery = fc
  .tuple(
    fc.constantFrom('?', '', '??', '?&'),
    fc.array(fc.tuple(name, value, fc.boolean(), fc.boolean()), { maxLength: 9 }),
  )
  .map(([prefix, pairs]) =>
    prefix + pairs.map(([n, v, encode, withEquals]) => (encode ? encodeURIComponent(n) : n) + (withEquals ? `=${encode ? encodeURIComponent(v) : v}` : '')).join('&'),
  );
const arbitraryQuery = fc.oneof(anyText, fc.webQueryParameters(), anyText.map((s) => `?${s}`));

describe('parseView and serializeView, on generated links', () => {
  it('never throw and always give a valid view that round-trips (arbitrary strings)', () => {
    fc.assert(fc.property(arbitraryQuery, checkQuery), { numRuns: 3000 });
  });

  it('never throw and always give a valid view that round-trips (links built from the parameters)', () => {
    fc.assert(fc.property(structuredQuery, checkQuery), { numRuns: 4000 });
  });

  it('read back every valid view they write, unchanged', () => {
    const anyView = fc
      .constantFrom(...raceIds.filter((id) => catalog.races.has(id)))
      .chain((race) => {
        const info = catalog.races.get(race)!;
        return fc.record({
          race: fc.constant(race),
          lap: fc.integer({ min: 1, max: info.lapsRun }),
          event: optionFrom([...info.eventLaps.keys()], null),
          // A quote about this race: a link opens no other over it.
          // A race nobody is quoted on (a newsroom's new race, before its quotes) has only null here.
          quote: optionFrom(quoteIds.filter((id) => catalog.quoteEvents?.get(id)?.some((about) => about.race === race)), null),
          hideAhead: fc.boolean(),
          // Absent, or a driver of the race (a view that follows no one has no follow).
          follow: optionFrom([...info.drivers.keys()], undefined),
        });
      });
    fc.assert(
      fc.property(anyView, (generated) => {
        const { follow, ...rest } = generated;
        const written = follow === undefined ? rest : generated;
        // The app never holds a no-spoilers view that selects an incident after the cursor (data/spoilers.ts).
        const eventLap = written.event === null ? undefined : catalog.races.get(written.race)!.eventLaps.get(written.event);
        const view = written.hideAhead && eventLap !== undefined && eventLap > written.lap ? { ...written, event: null } : written;
        const { view: parsed, problems } = parseView(serializeView(view), catalog);
        expect(problems).toEqual([]);
        expect(parsed).toEqual(view);
      }),
      { numRuns: 2000 },
    );
  });
});
