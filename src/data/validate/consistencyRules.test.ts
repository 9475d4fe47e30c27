/**
 * The consistency rules (issue 18), one by one on the fixture race: each broken fixture gives
 * exactly its rule's problem, and the nearest valid case on the other side of the rule gives none.
 * Then the kinds of inconsistency the 2026-12-01 review found in the shipped data, rebuilt on it, are
 * caught by validateRace and validateQuotes.
 */
import * as v from 'valibot';
import { articles, dataset } from '../load/bundledDataset';
import { checkConsistency, checkQuoteTiming, disputedCounts, outAfterLapsCompleted, spanPastRestart, titleFightBehindRaceLeader, type Fail } from './consistencyRules';
import mini from '../fixtures/mini-race.json';
import { raceSchema, type Quote, type Race } from '../schema';
import { validateQuotes } from './validateQuotes';
import { validateRace } from './validateRace';

const record = { record: 'Fixture record', url: 'https://example.org/fixture' };

/** The fixture race with results, laps led and leader spans, all consistent. */
function race(change: (r: Race) => void = () => {}): Race {
  const r = v.parse(raceSchema, {
    ...structuredClone(mini),
    results: [
      { position: 1, driver: 'bob-baker', laps: 34 },
      { position: 2, driver: 'ann-able', laps: 11, outEventId: 'tangle' },
    ],
    resultsSources: [record],
    lapsLed: [{ driver: 'ann-able', laps: 12, sources: [record] }],
    leaderSpans: [
      { driver: 'ann-able', startLap: 1, endLap: 11, certainty: 'exact', sources: [record] },
      { driver: 'bob-baker', startLap: 12, endLap: 34, certainty: 'exact', sources: [record] },
    ],
    disagreements: [
      {
        id: 'able-laps-led',
        topic: 'How many laps Able led',
        claims: [
          { says: '12 laps', value: 12, sources: [record] },
          { says: '11 laps', value: 11, sources: [record] },
        ],
      },
    ],
  });
  change(r);
  return r;
}

/** What a rule reports on a race, as `path: message`. */
function run(rule: (race: Race, fail: Fail) => void, r: Race): string[] {
  const found: string[] = [];
  rule(r, (path, message) => found.push(`${path}: ${message}`));
  return found;
}

const pit = (id: string, lap: number, lapRange: [number, number]) => ({
  id,
  lap,
  certainty: 'approximate' as const,
  lapRange,
  kind: 'pit' as const,
  title: 'A stop',
  description: 'A stop for tires.',
  drivers: ['ann-able'],
  sources: [record],
});

describe('the fixture', () => {
  it('passes every consistency rule', () => {
    expect(run(checkConsistency, race())).toEqual([]);
  });
});

describe('outAfterLapsCompleted: an incident that ended a race cannot come after the laps the driver completed', () => {
  it('reports an out-incident drawn after the lap a driver’s race ended by', () => {
    // Able is scored with 10 laps, so was out by lap 11; the contact that ended her race is drawn on lap 12.
    expect(run(outAfterLapsCompleted, race((r) => (r.results![1]!.laps = 10)))).toEqual([
      'results.1.outEventId: "tangle" is drawn on lap 12, but ann-able is scored with 10 laps, so their race ended by lap 11',
    ]);
  });

  it('accepts one on the lap after the last lap completed, or earlier (a damaged truck may circulate a while)', () => {
    expect(run(outAfterLapsCompleted, race((r) => (r.results![1]!.laps = 11)))).toEqual([]);
    expect(run(outAfterLapsCompleted, race((r) => (r.results![1]!.laps = 30)))).toEqual([]);
  });

  it('leaves alone a row without laps or without an out-incident it can find', () => {
    expect(run(outAfterLapsCompleted, race((r) => delete r.results![1]!.laps))).toEqual([]);
    expect(run(outAfterLapsCompleted, race((r) => (r.results![1]!.outEventId = 'ghost')))).toEqual([]);
  });
});

describe('spanPastRestart: what must come before a restart does not run past it', () => {
  it('reports the incident that caused a caution when its range runs past the caution’s last lap', () => {
    const broken = race((r) => {
      const yellow = r.events[2]!;
      Object.assign(yellow, { certainty: 'approximate', lapRange: [12, 16] });
    });
    expect(run(spanPastRestart, broken)).toEqual(['events.2.lapRange: runs to lap 16, past the restart after caution 1 (laps 12–15), the caution this incident caused']);
  });

  it('reports a cause drawn on a lap past its caution', () => {
    const broken = race((r) => Object.assign(r.cautions!.periods[0]!, { startLap: 10, endLap: 11 }));
    expect(run(spanPastRestart, broken)).toEqual(['events.2.lap: runs to lap 12, past the restart after caution 1 (laps 10–11), the caution this incident caused']);
    // One that ends before it starts is left to validateRace's own message.
    expect(run(spanPastRestart, race((r) => (r.cautions!.periods[0]!.endLap = 11)))).toEqual([]);
  });

  it('reports a pit stop drawn under a caution whose range runs past its restart', () => {
    const broken = race((r) => r.events.splice(3, 0, pit('able-pits', 13, [12, 17])));
    expect(run(spanPastRestart, broken)).toEqual(['events.3.lapRange: runs to lap 17, past the restart after caution 1 (laps 12–15), under which this stop is drawn']);
  });

  it('names a caution by its number where the record gives one', () => {
    const broken = race((r) => {
      r.cautions!.periods[0]!.number = 7;
      r.events.splice(3, 0, pit('able-pits', 13, [12, 16]));
    });
    expect(run(spanPastRestart, broken)).toEqual(['events.3.lapRange: runs to lap 16, past the restart after caution 7 (laps 12–15), under which this stop is drawn']);
  });

  it('accepts a range ending on the caution’s last lap, a stop drawn outside any caution, and an incident that caused none', () => {
    expect(run(spanPastRestart, race((r) => Object.assign(r.events[2]!, { certainty: 'approximate', lapRange: [11, 15] })))).toEqual([]);
    expect(run(spanPastRestart, race((r) => r.events.splice(3, 0, pit('able-pits', 13, [12, 15]))))).toEqual([]);
    // Drawn after the restart: a green-flag stop, whose range may run on.
    expect(run(spanPastRestart, race((r) => r.events.splice(4, 0, pit('able-pits', 16, [14, 20]))))).toEqual([]);
    // The contact is not the caution's cause: its range may run past the restart.
    expect(run(spanPastRestart, race((r) => (r.events[1]!.lapRange = [11, 20])))).toEqual([]);
    expect(run(spanPastRestart, race((r) => delete r.cautions))).toEqual([]);
  });
});

describe('titleFightBehindRaceLeader: a contender who leads the race is ahead in the title fight', () => {
  const contenders = (r: Race) => r.drivers.forEach((d) => (d.contender = true));

  it('reports a title fight handed to another contender while a contender leads the race', () => {
    // Able leads laps 1–11; the title fight passes to Baker from lap 9.
    const broken = race((r) => {
      contenders(r);
      r.titleFight![1]!.fromLap = 9;
    });
    expect(run(titleFightBehindRaceLeader, broken)).toEqual([
      'titleFight.1.fromLap: puts bob-baker ahead in the title fight on laps 9–11, while ann-able, a contender, leads the race there (leaderSpans.0, laps 1–11)',
    ]);
  });

  it('reports a hand-over one lap early', () => {
    const broken = race((r) => {
      contenders(r);
      r.titleFight![1]!.fromLap = 11;
    });
    expect(run(titleFightBehindRaceLeader, broken)).toEqual([
      'titleFight.1.fromLap: puts bob-baker ahead in the title fight on lap 11, while ann-able, a contender, leads the race there (leaderSpans.0, laps 1–11)',
    ]);
  });

  it('reports the earlier span too when the leader of the race was never ahead in it', () => {
    const broken = race((r) => {
      contenders(r);
      r.leaderSpans![1] = { ...r.leaderSpans![1]!, startLap: 12, endLap: 34 };
      r.titleFight![1]!.leader = 'ann-able';
      r.titleFight![0]!.leader = 'bob-baker';
    });
    expect(run(titleFightBehindRaceLeader, broken)).toEqual([
      'titleFight.0.fromLap: puts bob-baker ahead in the title fight on laps 1–11, while ann-able, a contender, leads the race there (leaderSpans.0, laps 1–11)',
      'titleFight.1.fromLap: puts ann-able ahead in the title fight on laps 12–34, while bob-baker, a contender, leads the race there (leaderSpans.1, laps 12–34)',
    ]);
  });

  it('accepts a hand-over on the lap the lead changes, and a race led by someone who is not a contender', () => {
    expect(run(titleFightBehindRaceLeader, race(contenders))).toEqual([]);
    expect(run(titleFightBehindRaceLeader, race((r) => (r.titleFight![1]!.fromLap = 9)))).toEqual([]);
    expect(run(titleFightBehindRaceLeader, race((r) => (contenders(r), delete r.titleFight)))).toEqual([]);
  });
});

describe('disputedCounts: a disputed count names its disagreement, and is one of the counts its claims give', () => {
  it('reports an unknown disagreement', () => {
    expect(run(disputedCounts, race((r) => (r.lapsLed![0]!.disagreements = ['ghost'])))).toEqual(['lapsLed.0.disagreements.0: unknown disagreement "ghost"']);
  });

  it('reports a count that none of the claims gives', () => {
    const broken = race((r) => {
      r.lapsLed![0]!.disagreements = ['able-laps-led'];
      r.lapsLed![0]!.laps = 13;
    });
    expect(run(disputedCounts, broken)).toEqual(['lapsLed.0.laps: 13 is not one of the counts the claims of "able-laps-led" give (12, 11)']);
  });

  it('reports a disagreement over a count whose claims give no counts', () => {
    const broken = race((r) => {
      r.lapsLed![0]!.disagreements = ['able-laps-led'];
      delete r.disagreements![0]!.claims[1]!.value;
    });
    expect(run(disputedCounts, broken)).toEqual(['disagreements.0.claims: "able-laps-led" is over a count, so at least two of its claims need a value (the count each gives)']);
  });

  it('accepts a count one of the claims gives', () => {
    expect(run(disputedCounts, race((r) => (r.lapsLed![0]!.disagreements = ['able-laps-led'])))).toEqual([]);
  });
});

describe('checkQuoteTiming: when a remark was said, against when it was published', () => {
  const quote = (said: Quote['said']): Quote => ({ id: 'q', article: 'a', speaker: 'x', text: 'x', events: [], said });
  const check = (q: Quote, articleDate?: string) => {
    const found: string[] = [];
    checkQuoteTiming(q, articleDate, 'quotes.0', (path, message) => found.push(`${path}: ${message}`));
    return found;
  };

  it.each<[string, Quote['said'], string | undefined, string[]]>([
    ['published before the day it was said', { when: 'before-race', date: '2025-09-20', published: '2025-09-19' }, '2025-10-04', ['quotes.0.said.published: 2025-09-19 is before the remark was said (2025-09-20)']],
    ['published before the month it was said in', { when: 'before-race', approx: { month: '2025-09', text: 'mid-September 2025' }, published: '2025-08-31' }, '2025-10-04', ['quotes.0.said.published: 2025-08-31 is before the remark was said (2025-09)']],
    ['published after the article quoting it', { when: 'before-race', published: '2025-10-05' }, '2025-10-04', ['quotes.0.said.published: 2025-10-05 is after the article quoting it was published (2025-10-04)']],
    ['said in a month after the article', { when: 'before-race', approx: { month: '2025-11', text: 'November 2025' } }, '2025-10-04', ['quotes.0.said.approx.month: 2025-11 is after the article quoting it was published (2025-10-04)']],
    ['a day and a rough month both', { when: 'before-race', date: '2025-09-20', approx: { month: '2025-09', text: 'mid-September 2025' } }, undefined, ['quotes.0.said.approx: give the day it was said (date) or roughly when (approx), not both']],
  ])('reports a remark %s', (_name, said, articleDate, expected) => {
    expect(check(quote(said), articleDate)).toEqual(expected);
  });

  it.each<[string, Quote['said'], string | undefined]>([
    ['said and published in the same month, then quoted', { when: 'before-race', approx: { month: '2025-09', text: 'mid-September 2025' }, published: '2025-09-30' }, '2025-10-04'],
    ['published the day it was said, and quoted that day', { when: 'after-race', date: '2025-10-03', published: '2025-10-03' }, '2025-10-03'],
    ['said in the month of its article', { when: 'before-race', approx: { month: '2025-10', text: 'early October 2025' } }, '2025-10-04'],
    ['with nothing said of its timing', undefined, '2025-10-04'],
  ])('accepts a remark %s', (_name, said, articleDate) => {
    expect(check(quote(said), articleDate)).toEqual([]);
  });
});

describe('the review’s kinds of inconsistency, rebuilt on the shipped data, are caught', () => {
  const context = { articleIds: new Set(articles.keys()), expectedId: 'phoenix-2023' };
  const phoenix = () => structuredClone(dataset.races.get('phoenix-2023')!);
  const messages = (json: unknown) => validateRace('phoenix-2023/race.json', json, context).errors.map((e) => e.message);

  it('passes as shipped', () => {
    expect(messages(phoenix())).toEqual([]);
  });

  it('Heim’s stop under the spin’s caution running to lap 127 (I4)', () => {
    const r = phoenix();
    r.events.find((e) => e.id === 'heim-pits-after-spin')!.lapRange = [120, 127];
    expect(messages(r)).toEqual(['runs to lap 127, past the restart after caution 7 (laps 120–124), under which this stop is drawn']);
  });

  it('the title fight passing to Hocevar at lap 91 while Heim led to lap 95 (I1)', () => {
    const r = phoenix();
    r.titleFight![1]!.fromLap = 91;
    expect(messages(r)).toEqual(['puts carson-hocevar ahead in the title fight on laps 91–95, while corey-heim, a contender, leads the race there (leaderSpans.1, laps 49–95)']);
  });

  it('Smith’s second-overtime crash drawn across the third and fourth attempts (I2)', () => {
    const r = phoenix();
    r.events.find((e) => e.id === 'overtime-2-smith-crash')!.lapRange = [160, 173];
    expect(messages(r)).toEqual(['runs to lap 173, past the restart after caution 11 (laps 162–167), the caution this incident caused']);
  });

  it('an out-incident after the laps the driver completed', () => {
    const r = phoenix();
    r.results!.find((row) => row.driver === 'derek-kraus')!.outEventId = 'overtime-2-smith-crash';
    expect(messages(r)).toEqual(['"overtime-2-smith-crash" is drawn on lap 162, but derek-kraus is scored with 156 laps, so their race ended by lap 157']);
  });

  it('Crews’s laps led shown as 57 while the sources say 56 or 55 (I3)', () => {
    const r = structuredClone(dataset.races.get('roval-2025')!);
    // Both the laps-led table and the results row say 57, so they agree with each other but not with the sources.
    r.lapsLed![0]!.laps = 57;
    r.results!.find((row) => row.driver === 'brent-crews')!.lapsLed = 57;
    expect(validateRace('roval-2025/race.json', r, { ...context, expectedId: 'roval-2025' }).errors.map((e) => e.message)).toEqual([
      '57 is not one of the counts the claims of "crews-laps-led" give (56, 55)',
    ]);
  });

  it('a remark dated as published before it was said, in validateQuotes', () => {
    const quotes = structuredClone({ quotes: dataset.quotes, remarks: dataset.remarks });
    quotes.quotes.find((q) => q.id === 'zipadelli-work-harder')!.said!.published = '2025-08-30';
    const { errors } = validateQuotes('quotes.json', quotes, {
      articleTexts: new Map([...articles].map(([id, a]) => [id, a.text])),
      articleMeta: new Map([...articles].map(([id, a]) => [id, { race: a.race, date: a.date }])),
      races: dataset.races,
      failedRaceIds: new Set(),
    });
    expect(errors.map((e) => e.message)).toEqual(['2025-08-30 is before the remark was said (2025-09)']);
  });
});
