/**
 * Every validation rule of a race file, one by one: each broken fixture must give exactly the
 * error that names its rule (file, path, message) and no other, and the nearest valid case on the
 * other side of the rule must pass. So a rule that is dropped, loosened or tightened fails here.
 */
import * as v from 'valibot';
import { formatDataError } from './errors';
import { ARTICLE, fullRace, RACE_CONTEXT as context, RACE_FILE as FILE } from '../fixtures/races';
import { raceSchema } from '../schema';
import { validateRace } from './validateRace';

const record = (note?: string) => ({ record: 'Fixture record', url: 'https://example.org/fixture', ...(note ? { note } : {}) });
type FullRace = ReturnType<typeof fullRace>;
/** The full fixture with one change applied. */
const broken = (change: (race: FullRace) => void) => {
  const race = fullRace();
  change(race);
  return race;
};
/** Every problem `validateRace` finds, as `npm run validate` prints it. */
const problems = (json: unknown) => validateRace(FILE, json, context).errors.map(formatDataError);
const at = (path: string, message: string) => `${FILE}: ${path}: ${message}`;

describe('validateRace: the valid fixtures', () => {
  it('accepts the full fixture, and returns the race only when there is no error', () => {
    const { race, errors } = validateRace(FILE, fullRace(), context);
    expect(errors).toEqual([]);
    expect(race).toEqual(v.parse(raceSchema, fullRace()));
    expect(validateRace(FILE, broken((r) => (r.events[0]!.lap = 0)), context).race).toBeUndefined();
  });

  it('accepts a race without a folder to match', () => {
    expect(validateRace(FILE, { ...fullRace(), id: 'anything-2024' }, { articleIds: context.articleIds }).errors).toEqual([]);
  });

  it('accepts a race that ran exactly its scheduled laps, without overtime', () => {
    const race = broken((r) => {
      r.lapsRun = 30;
      r.overtimes = [];
      r.events[4]!.lap = 30;
      r.results[0]!.laps = 30;
      r.results[1]!.laps = 30;
      r.stages[1]!.endLap = 30;
    });
    expect(problems(race)).toEqual([]);
  });

  it.each<[string, (r: FullRace) => void]>([
    ['an event on the last lap run and one on lap 1', (r) => ((r.events[0]!.lap = 1), (r.events[4]!.lap = 34))],
    ['a lap range that starts or ends on the event\'s lap', (r) => (r.events[1]!.lapRange = [12, 12])],
    ['a lap range that ends on the event\'s lap', (r) => (r.events[1]!.lapRange = [11, 12])],
    ['a lap range that starts on the event\'s lap', (r) => (r.events[1]!.lapRange = [12, 14])],
    ['an exact lap with a range', (r) => ((r.events[0] as Record<string, unknown>).lapRange = [1, 2])],
    ['an overtime starting right after the scheduled distance', (r) => (r.overtimes[0]!.startLap = 31)],
    ['as many caution periods as the total, covering the caution laps', (r) => ((r.cautions.total = 1), (r.cautions.laps = 4))],
    ['a one-lap span', (r) => ((r.cautions.periods[0]!.startLap = 12), (r.cautions.periods[0]!.endLap = 12))],
    ['a finisher who ran every lap', (r) => (r.results[1]!.laps = 34)],
    ['results with a source on every row and no resultsSources', (r) => ((r.results[1] as Record<string, unknown>).sources = [record()], delete (r as Record<string, unknown>).resultsSources)],
    ['no results at all and no resultsSources', (r) => ((r.results = []), delete (r as Record<string, unknown>).resultsSources)],
    ['two rulings on the same day', (r) => r.afterRace.push({ ...r.afterRace[0]!, id: 'second-ruling' })],
    ['a ruling on race day', (r) => (r.afterRace[0]!.date = '2024-05-01')],
    ['two standings tables of the same day', (r) => (r.championship[1]!.asOf = '2024-05-01')],
    ['tied points in a standings table', (r) => (r.championship[1]!.standings[1]!.points = 35)],
    ['a title-fight span on the last lap', (r) => (r.titleFight[1]!.fromLap = 34)],
    ['a claim on the last lap', (r) => (r.disagreements[0]!.claims[0]!.lap = 34)],
    ['a claim with no lap', (r) => delete (r.disagreements[0]!.claims[0] as Record<string, unknown>).lap],
    ['an event that cites a known disagreement', (r) => ((r.events[1] as Record<string, unknown>).disagreements = ['tangle-lap'])],
    ['a span that cites a known disagreement', (r) => ((r.titleFight[1] as Record<string, unknown>).disagreements = ['tangle-lap'])],
    ['a source that is a page of a site, not its front page', (r) => (r.sources[0]!.url = 'https://example.org/2024/fixture-report')],
    ['every kind of event', (r) => r.events.forEach((e, i) => (e.kind = ['contact', 'caution', 'pit', 'leader', 'finish'][i]!))],
    ['every kind of ruling after the race', (r) =>
      ['penalty', 'disqualification', 'amended-result', 'appeal'].forEach((kind, i) => (r.afterRace[i] = { ...r.afterRace[0]!, id: i === 0 ? 'baker-penalty' : `ruling-${i}`, kind }))],
    ['an inferred lap', (r) => (r.events[1]!.certainty = 'inferred')],
    ['car numbers of one and two digits', (r) => ((r.drivers[0]!.car = '0'), (r.drivers[1]!.car = '99'))],
    ['a slug of one word and one with digits', (r) => ((r.events[0]!.id = 'start'), (r.events[3]!.id = 'lap-12-contact-2'))],
    ['a track with no length', (r) => delete (r.track as Record<string, unknown>).lengthMiles],
  ])('accepts %s', (_name, change) => {
    expect(problems(broken(change))).toEqual([]);
  });
});

describe('validateRace: each cross-check', () => {
  it.each<[string, (r: FullRace) => void, string[]]>([
    // The race as a whole
    ['a race that ended early', (r) => ((r.scheduledLaps = 40), (r.stages[1]!.endLap = 34), (r.overtimes = [])), [at('lapsRun', '34 is fewer than the 40 laps scheduled'), at('stages.1.endLap', 'the last stage ends on lap 34, not the 40 scheduled')]],
    ['a race past its distance with no overtime', (r) => (r.overtimes = []), [at('overtimes', 'the race ran past its scheduled laps but lists no overtime')]],
    ['an unknown winner', (r) => (r.winner = 'nobody'), [at('winner', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['an unknown champion', (r) => (r.champion = 'nobody'), [at('champion', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['a duplicate driver id', (r) => r.drivers.push({ id: 'ann-able', name: 'Ann Again', car: '8' }), [at('drivers.2.id', '"ann-able" is used twice: first by drivers[0]')]],
    ['a duplicate disagreement id', (r) => r.disagreements.push({ ...r.disagreements[0]! }), [at('disagreements.1.id', '"tangle-lap" is used twice: first by disagreements[0]')]],
    ['a race called by the word its follow pages use', (r) => (r.id = 'follow'), [at('id', 'is "follow" but the folder is "mini-2024"'), at('id', '"follow" is a reserved word in addresses; choose another id')]],
    ['a race called by the word comparison pages use', (r) => (r.id = 'compare'), [at('id', 'is "compare" but the folder is "mini-2024"'), at('id', '"compare" is a reserved word in addresses; choose another id')]],
    ['an incident called by the word its follow pages use', (r) => (r.events[3]!.id = 'follow'), [at('events.3.id', '"follow" is a reserved word in addresses (/mini-2024/follow/… is another page); choose another id')]],
    ['a duplicate ruling id', (r) => r.afterRace.push({ ...r.afterRace[0]! }), [at('afterRace.1.id', '"baker-penalty" is used twice: first by afterRace[0]')]],

    // Stages
    ['stages numbered out of order', (r) => (r.stages[1]!.number = 3), [at('stages.1.number', 'is 3; stages must be numbered 1, 2, 3… in order')]],
    ['a first stage numbered 2', (r) => ((r.stages[0]!.number = 2), (r.stages[1]!.number = 2)), [at('stages.0.number', 'is 2; stages must be numbered 1, 2, 3… in order')]],
    ['two stages ending on the same lap', (r) => (r.stages[0]!.endLap = 30), [at('stages.1.endLap', 'lap 30 does not come after the previous stage\'s end')]],
    ['stages ending out of order', (r) => (r.stages[0]!.endLap = 31), [at('stages.1.endLap', 'lap 30 does not come after the previous stage\'s end')]],
    ['a last stage short of the scheduled distance', (r) => (r.stages[1]!.endLap = 29), [at('stages.1.endLap', 'the last stage ends on lap 29, not the 30 scheduled')]],
    ['a last stage past the scheduled distance', (r) => (r.stages[1]!.endLap = 31), [at('stages.1.endLap', 'the last stage ends on lap 31, not the 30 scheduled')]],
    ['a stage ending on lap 0', (r) => (r.stages[0]!.endLap = 0), [at('stages.0.endLap', 'lap 0 does not come after the previous stage\'s end')]],
    ['an unknown stage winner', (r) => (r.stages[0]!.winner = 'nobody'), [at('stages.0.winner', 'unknown driver "nobody" (not in this race’s drivers)')]],

    // Events
    ['an event on lap 0', (r) => (r.events[0]!.lap = 0), [at('events.0.lap', 'lap 0 is outside the race (1–34)')]],
    ['an event one lap past the end', (r) => (r.events[4]!.lap = 35), [at('events.4.lap', 'lap 35 is outside the race (1–34)')]],
    ['an event citing an unknown disagreement', (r) => ((r.events[1] as Record<string, unknown>).disagreements = ['tangle-lap', 'ghost']), [at('events.1.disagreements.1', 'unknown disagreement "ghost"')]],
    ['a lap range that ends before it starts', (r) => (r.events[1]!.lapRange = [14, 11]), [at('events.1.lapRange', 'ends (lap 11) before it starts (lap 14)'), at('events.1.lapRange', 'does not contain the event\'s lap 12')]],
    ['a lap range reaching lap 0', (r) => (r.events[1]!.lapRange = [0, 14]), [at('events.1.lapRange.startLap', 'lap 0 is outside the race (1–34)')]],
    ['a lap range reaching past the end', (r) => ((r.events[4] as Record<string, unknown>).lapRange = [33, 35]), [at('events.4.lapRange.endLap', 'lap 35 is outside the race (1–34)')]],
    ['a lap range entirely before its lap', (r) => (r.events[1]!.lapRange = [9, 11]), [at('events.1.lapRange', 'does not contain the event\'s lap 12')]],
    ['an inferred lap without a range', (r) => ((r.events[1]!.certainty = 'inferred'), delete (r.events[1] as Record<string, unknown>).lapRange), [at('events.1.lapRange', 'is required when certainty is "inferred": give the laps it may have happened on, [from, to]')]],
    ['the second driver of an event unknown', (r) => (r.events[1]!.drivers = ['ann-able', 'nobody']), [at('events.1.drivers.1', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['an event citing an unknown article', (r) => (r.events[2]!.sources = [record(), { article: 'no-such-article' } as never]), [at('events.2.sources.1.article', 'unknown article "no-such-article"')]],

    // Overtimes and cautions
    ['an overtime starting inside the scheduled distance', (r) => (r.overtimes[0]!.startLap = 30), [at('overtimes.0.startLap', 'lap 30 is not after the scheduled distance (30)')]],
    ['an overtime ending before its start', (r) => ((r.overtimes[0]!.startLap = 33), (r.overtimes[0]!.endLap = 32)), [at('overtimes.0', 'ends (lap 32) before it starts (lap 33)')]],
    ['an overtime past the end', (r) => (r.overtimes[0]!.endLap = 35), [at('overtimes.0.endLap', 'lap 35 is outside the race (1–34)')]],
    ['an overtime linked to an unknown incident', (r) => ((r.overtimes[0] as Record<string, unknown>).eventId = 'ghost'), [at('overtimes.0.eventId', 'unknown event "ghost" (not in this race’s events)')]],
    ['more caution periods than the total', (r) => (r.cautions.total = 0), [at('cautions.periods', '1 periods placed but the total is 0')]],
    ['a caution that ends before it starts', (r) => (r.cautions.periods[0]!.endLap = 11), [at('cautions.periods.0', 'ends (lap 11) before it starts (lap 12)')]],
    ['a caution starting on lap 0', (r) => (r.cautions.periods[0]!.startLap = 0), [at('cautions.periods.0.startLap', 'lap 0 is outside the race (1–34)'), at('cautions.laps', 'is 6, but the periods placed already cover 16 laps')]],

    // Results and who led
    ['duplicate finishing positions', (r) => (r.results[1]!.position = 1), [at('results.1.position', 'position 1 appears twice')]],
    ['a finisher with more laps than the race ran', (r) => (r.results[1]!.laps = 35), [at('results.1.laps', '35 laps is more than the race ran (34)')]],
    ['a result for an unknown driver', (r) => (r.results[1]!.driver = 'nobody'), [at('results.1.driver', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['a result out in an unknown incident', (r) => (r.results[1]!.outEventId = 'ghost'), [at('results.1.outEventId', 'unknown event "ghost" (not in this race’s events)')]],
    ['results without any source', (r) => delete (r as Record<string, unknown>).resultsSources, [at('resultsSources', 'results need a source: give resultsSources, or sources on every row')]],
    ['laps led by an unknown driver', (r) => (r.lapsLed[0]!.driver = 'nobody'), [at('lapsLed.0.driver', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['a leader span for an unknown driver', (r) => (r.leaderSpans[1]!.driver = 'nobody'), [at('leaderSpans.1.driver', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['a leader span that ends before it starts', (r) => (r.leaderSpans[0]!.endLap = 0), [at('leaderSpans.0.endLap', 'lap 0 is outside the race (1–34)'), at('leaderSpans.0', 'ends (lap 0) before it starts (lap 1)')]],

    // Title fight, rulings, standings, disagreements
    ['a title-fight span on lap 0', (r) => (r.titleFight[0]!.fromLap = 0), [at('titleFight.0.fromLap', 'lap 0 is outside the race (1–34)')]],
    ['a title-fight span past the end', (r) => (r.titleFight[1]!.fromLap = 35), [at('titleFight.1.fromLap', 'lap 35 is outside the race (1–34)')]],
    ['a title-fight span on the lap of the one before', (r) => (r.titleFight[1]!.fromLap = 1), [at('titleFight.1.fromLap', 'lap 1 does not come after the previous span\'s lap 1')]],
    ['a title-fight leader who is not in the race', (r) => (r.titleFight[1]!.leader = 'nobody'), [at('titleFight.1.leader', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['a title-fight span linked to an unknown incident', (r) => (r.titleFight[1]!.eventId = 'ghost'), [at('titleFight.1.eventId', 'unknown event "ghost" (not in this race’s events)')]],
    ['rulings out of date order', (r) => r.afterRace.push({ ...r.afterRace[0]!, id: 'earlier', date: '2024-05-02' }), [at('afterRace.1.date', '2024-05-02 comes before the previous item\'s 2024-05-03: keep them in date order')]],
    ['a ruling about an unknown second incident', (r) => (r.afterRace[0]!.eventIds = ['tangle', 'ghost']), [at('afterRace.0.eventIds.1', 'unknown event "ghost" (not in this race’s events)')]],
    ['a standings table naming an unknown driver', (r) => (r.championship[0]!.standings[1]!.driver = 'nobody'), [at('championship.0.standings.1.driver', 'unknown driver "nobody" (not in this race’s drivers)')]],
    ['a first table changed by an unknown ruling', (r) => ((r.championship[0] as Record<string, unknown>).changedBy = 'ghost'), [at('championship.0.changedBy', 'unknown after-race item "ghost"')]],
    ['standings out of order further down', (r) => r.championship[1]!.standings.push({ driver: 'ann-able', points: 31 }), [at('championship.1.standings.2.points', 'standings must be in points order, highest first')]],
    ['a disagreement about an unknown incident', (r) => (r.disagreements[0]!.eventId = 'ghost'), [at('disagreements.0.eventId', 'unknown event "ghost" (not in this race’s events)')]],
    ['a claim on a lap outside the race', (r) => (r.disagreements[0]!.claims[1]!.lap = 0), [at('disagreements.0.claims.1.lap', 'lap 0 is outside the race (1–34)')]],
  ])('reports %s', (_name, change, expected) => {
    expect(problems(broken(change))).toEqual(expected);
  });
});

describe('validateRace: sources everywhere', () => {
  /** Every place a race cites sources, with a way to put one source there. */
  const places: [string, (r: FullRace, source: object) => void][] = [
    ['sources', (r, s) => (r.sources = [s as never])],
    ['stages.1.sources', (r, s) => (r.stages[1]!.sources = [s as never])],
    ['events.3.sources', (r, s) => (r.events[3]!.sources = [s as never])],
    ['overtimes.0.sources', (r, s) => (r.overtimes[0]!.sources = [s as never])],
    ['cautions.sources', (r, s) => (r.cautions.sources = [s as never])],
    ['cautions.periods.0.sources', (r, s) => (r.cautions.periods[0]!.sources = [s as never])],
    ['results.0.sources', (r, s) => (r.results[0]!.sources = [s as never])],
    ['resultsSources', (r, s) => (r.resultsSources = [s as never])],
    ['lapsLed.0.sources', (r, s) => (r.lapsLed[0]!.sources = [s as never])],
    ['leaderSpans.1.sources', (r, s) => (r.leaderSpans[1]!.sources = [s as never])],
    ['titleFight.1.sources', (r, s) => (r.titleFight[1]!.sources = [s as never])],
    ['afterRace.0.sources', (r, s) => (r.afterRace[0]!.sources = [s as never])],
    ['championship.1.sources', (r, s) => (r.championship[1]!.sources = [s as never])],
    ['keyFacts.0.sources', (r, s) => (r.keyFacts[0]!.sources = [s as never])],
    ['disagreements.0.claims.1.sources', (r, s) => (r.disagreements[0]!.claims[1]!.sources = [s as never])],
  ];

  it.each(places)('reports an unknown article cited in %s', (path, put) => {
    expect(problems(broken((r) => put(r, { article: 'no-such-article' })))).toEqual([at(`${path}.0.article`, 'unknown article "no-such-article"')]);
  });

  it.each(places)('reports a site\'s front page cited in %s', (path, put) => {
    expect(problems(broken((r) => put(r, { record: 'Somewhere', url: 'https://www.example.com/' })))).toEqual([
      at(`${path}.0.url`, '"https://www.example.com/" is a site\'s front page: cite the page that says it'),
    ]);
  });

  it.each(places)('accepts a known article and a page cited in %s', (_path, put) => {
    expect(problems(broken((r) => put(r, { article: ARTICLE })))).toEqual([]);
    expect(problems(broken((r) => put(r, { record: 'Somewhere', url: 'https://www.example.com/a/page' })))).toEqual([]);
  });
});

describe('raceSchema: the shape, with readable messages', () => {
  it.each<[string, (r: FullRace) => void, string]>([
    ['an event with no source', (r) => (r.events[0]!.sources = []), at('events.0.sources', 'every event needs a source')],
    ['a claim with no source', (r) => (r.disagreements[0]!.claims[0]!.sources = []), at('disagreements.0.claims.0.sources', 'a claim needs at least one source')],
    ['a disagreement with one claim', (r) => r.disagreements[0]!.claims.pop(), at('disagreements.0.claims', 'a disagreement needs at least two claims')],
    ['a ruling with no source', (r) => (r.afterRace[0]!.sources = []), at('afterRace.0.sources', 'a ruling after the race needs a source')],
    ['a lap that is not whole', (r) => (r.events[1]!.lap = 12.5), at('events.1.lap', 'must be a whole lap number')],
    ['a negative lap', (r) => (r.cautions.periods[0]!.endLap = -1), at('cautions.periods.0.endLap', 'must not be negative')],
    ['a title of spaces only', (r) => (r.events[1]!.title = '   '), at('events.1.title', 'must not be empty')],
    ['an empty description', (r) => (r.events[1]!.description = ''), at('events.1.description', 'must not be empty')],
    ['a race date that is not a date', (r) => (r.date = '1 May 2024'), at('date', 'must be an ISO date such as 2023-11-03')],
    ['a standings date that is not a date', (r) => (r.championship[0]!.asOf = '2024-5-1'), at('championship.0.asOf', 'must be an ISO date such as 2023-11-08')],
    ['a car number of three digits', (r) => (r.drivers[0]!.car = '123'), at('drivers.0.car', 'must be a car number such as "11" or "02"')],
    ['a car number with a letter after it', (r) => (r.drivers[0]!.car = '7a'), at('drivers.0.car', 'must be a car number such as "11" or "02"')],
    ['a car number with a letter before it', (r) => (r.drivers[0]!.car = 'a7'), at('drivers.0.car', 'must be a car number such as "11" or "02"')],
    ['an empty car number', (r) => (r.drivers[0]!.car = ''), at('drivers.0.car', 'must be a car number such as "11" or "02"')],
  ])('reports %s', (_name, change, expected) => {
    expect(problems(broken(change))).toEqual([expected]);
  });

  it.each(['Tangle', 'tangle-', '-tangle', 'tan--gle', 'tan gle', 'tan_gle', '', 'lap-12-', 'é'])('refuses the id "%s": ids are kebab-case slugs', (id) => {
    expect(problems(broken((r) => (r.events[1]!.id = id)))).toEqual([at('events.1.id', 'must be a kebab-case slug such as "hocevar-spins-heim"')]);
  });

  it('refuses a slug with a bad part anywhere, not only at its start or end', () => {
    expect(problems(broken((r) => (r.events[1]!.id = 'a-B-c')))).toEqual([at('events.1.id', 'must be a kebab-case slug such as "hocevar-spins-heim"')]);
    expect(problems(broken((r) => (r.events[1]!.id = 'x tangle')))).toEqual([at('events.1.id', 'must be a kebab-case slug such as "hocevar-spins-heim"')]);
    expect(problems(broken((r) => (r.events[1]!.id = 'tangle x')))).toEqual([at('events.1.id', 'must be a kebab-case slug such as "hocevar-spins-heim"')]);
  });

  it.each<[string, (r: FullRace) => void, RegExp]>([
    ['a stage numbered 0', (r) => (r.stages[0]!.number = 0), /^[^:]+: stages\.0\.number: /],
    ['no laps scheduled', (r) => (r.scheduledLaps = 0), /^[^:]+: scheduledLaps: /],
    ['no laps run', (r) => (r.lapsRun = 0), /^[^:]+: lapsRun: /],
    ['a finishing position of 0', (r) => (r.results[0]!.position = 0), /^[^:]+: results\.0\.position: /],
    ['a caution total below 0', (r) => (r.cautions.total = -1), /^[^:]+: cautions\.total: /],
    ['no stages', (r) => (r.stages = []), /^[^:]+: stages: /],
    ['no drivers', (r) => (r.drivers = []), /^[^:]+: drivers: /],
    ['no events', (r) => (r.events = []), /^[^:]+: events: /],
    ['no race sources', (r) => (r.sources = []), /^[^:]+: sources: /],
    ['a stage with no source', (r) => (r.stages[0]!.sources = []), /^[^:]+: stages\.0\.sources: /],
    ['a caution period with no source', (r) => (r.cautions.periods[0]!.sources = []), /^[^:]+: cautions\.periods\.0\.sources: /],
    ['an overtime with no source', (r) => (r.overtimes[0]!.sources = []), /^[^:]+: overtimes\.0\.sources: /],
    ['an unknown certainty', (r) => (r.events[0]!.certainty = 'sure'), /^[^:]+: events\.0\.certainty: /],
    ['an unknown kind of event', (r) => (r.events[0]!.kind = 'crash'), /^[^:]+: events\.0\.kind: /],
    ['an unknown kind of ruling', (r) => (r.afterRace[0]!.kind = 'fine'), /^[^:]+: afterRace\.0\.kind: /],
    ['a field the schema does not know', (r) => ((r.events[0] as Record<string, unknown>).laps = 3), /^[^:]+: events\.0\.laps: /],
    ['a source that is neither an article nor a record', (r) => (r.sources = [{ url: 'https://example.org/x' } as never]), /^[^:]+: sources\.0/],
    ['a standings table with no rows', (r) => (r.championship[0]!.standings = []), /^[^:]+: championship\.0\.standings: /],
    ['no standings tables at all', (r) => (r.championship = []), /^[^:]+: championship: /],
    ['resultsSources given but empty', (r) => (r.resultsSources = []), /^[^:]+: resultsSources: /],
  ])('refuses %s', (_name, change, expected) => {
    const found = problems(broken(change));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(expected);
  });
});
