/**
 * The race queries at their edges: the lap a stage, overtime or caution starts and ends on, the
 * title-fight leader as the lap crosses a change, stepping through incidents from a selection or
 * from the cursor, which quotes and remarks belong to an incident (and which do not), and the
 * names and lap texts readers see.
 */
import * as v from 'valibot';
import { dataset } from './load/bundledDataset';
import mini from './fixtures/mini-race.json';
import { articleLabel } from './articleLabel';
import {
  cautionAt,
  countText,
  countEventsUpTo,
  driverById,
  driverName,
  eventLaps,
  incidentName,
  lapsLedOf,
  lapText,
  neighbourEvent,
  phaseAt,
  phaseLabel,
  quotesForEvent,
  remarksForQuotes,
  spanText,
  speakerName,
  titleLeaderAt,
  titleSpanMark,
} from './race';
import { driverStandingAt, driversWithIncidents, followChoices, followFacts, incidentsOf, quotesForDriver } from './follow';
import { raceSchema, type Race } from './schema';

const fixture = v.parse(raceSchema, mini); // stages end 10 and 30; overtime 31–34; caution 12–15; title fight from 1 and 12
const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('phaseAt and phaseLabel', () => {
  it.each<[number, string]>([
    [1, 'Stage 1'],
    [10, 'Stage 1'],
    [11, 'Final stage'],
    [30, 'Final stage'],
    [31, 'Overtime 1'],
    [34, 'Overtime 1'],
  ])('lap %i of the fixture is in %s', (lap, label) => {
    expect(phaseLabel(phaseAt(fixture, lap))).toBe(label);
  });

  it('tells the stage, whether it is the last, and the overtime attempt', () => {
    expect(phaseAt(phoenix, 45)).toEqual({ kind: 'stage', stage: phoenix.stages[0], isFinal: false });
    expect(phaseAt(phoenix, 46)).toEqual({ kind: 'stage', stage: phoenix.stages[1], isFinal: false });
    expect(phaseAt(phoenix, 150)).toEqual({ kind: 'stage', stage: phoenix.stages[2], isFinal: true });
    expect(phaseAt(phoenix, 151)).toEqual({ kind: 'overtime', number: 1 });
    expect(phaseAt(phoenix, 157)).toEqual({ kind: 'overtime', number: 1 });
    expect(phaseAt(phoenix, 158)).toEqual({ kind: 'overtime', number: 2 });
    expect(phaseAt(phoenix, 179)).toEqual({ kind: 'overtime', number: 4 });
    expect(phaseLabel(phaseAt(phoenix, 46))).toBe('Stage 2');
  });

  it('calls a lap past the distance that no attempt covers simply overtime', () => {
    const gap: Race = { ...fixture, overtimes: [{ ...fixture.overtimes[0]!, startLap: 32 }] };
    expect(phaseAt(gap, 31)).toEqual({ kind: 'overtime', number: null });
    expect(phaseLabel(phaseAt(gap, 31))).toBe('Overtime');
    expect(phaseLabel(phaseAt(gap, 32))).toBe('Overtime 1');
  });

  it('falls back to the last stage for a lap the stages do not reach', () => {
    const short: Race = { ...fixture, stages: [fixture.stages[0]!] };
    expect(phaseAt(short, 20)).toMatchObject({ kind: 'stage', stage: fixture.stages[0] });
  });
});

describe('cautionAt and titleLeaderAt', () => {
  it('finds the caution from its first lap to its last, and none either side', () => {
    expect([11, 12, 13, 15, 16].map((lap) => cautionAt(fixture, lap)?.cause ?? null)).toEqual([null, 'Debris', 'Debris', 'Debris', null]);
    expect(cautionAt(roval, 30)).toBeUndefined(); // the Roval's record places no caution
  });

  it('gives the leader of the title fight from the lap of each change', () => {
    expect([1, 11, 12, 34].map((lap) => titleLeaderAt(fixture, lap)?.leader)).toEqual(['ann-able', 'ann-able', 'bob-baker', 'bob-baker']);
    expect(titleLeaderAt({ ...fixture, titleFight: [fixture.titleFight![1]!] }, 11)).toBeUndefined();
    expect(titleLeaderAt(roval, 30)).toBeUndefined();
  });
});

describe('events', () => {
  it('caches the event laps per race', () => {
    expect(eventLaps(fixture)).toEqual([1, 12, 12, 12, 34]);
    expect(eventLaps(fixture)).toBe(eventLaps(fixture));
    expect(eventLaps(roval)).not.toBe(eventLaps(phoenix));
    expect(eventLaps(roval)).toEqual(roval.events.map((e) => e.lap));
    expect([0, 1, 11, 12, 33, 34].map((lap) => countEventsUpTo(fixture, lap))).toEqual([0, 1, 1, 4, 4, 5]);
  });

  describe('neighbourEvent', () => {
    it('steps from the selected incident to the one before or after it in the list, on the same lap too', () => {
      expect(neighbourEvent(fixture, { eventId: 'tangle', lap: 12 }, 1)?.id).toBe('yellow');
      expect(neighbourEvent(fixture, { eventId: 'yellow', lap: 12 }, -1)?.id).toBe('tangle');
      expect(neighbourEvent(fixture, { eventId: 'yellow', lap: 12 }, 1)?.id).toBe('same-lap-contact');
      // The cursor does not matter once an incident is selected.
      expect(neighbourEvent(fixture, { eventId: 'tangle', lap: 34 }, 1)?.id).toBe('yellow');
      expect(neighbourEvent(fixture, { eventId: 'start', lap: 1 }, -1)).toBeUndefined();
      expect(neighbourEvent(fixture, { eventId: 'finish', lap: 34 }, 1)).toBeUndefined();
    });

    it('with nothing selected, steps from the cursor: forward past it, back to it', () => {
      expect(neighbourEvent(fixture, { eventId: null, lap: 1 }, 1)?.id).toBe('tangle');
      expect(neighbourEvent(fixture, { eventId: null, lap: 11 }, 1)?.id).toBe('tangle');
      expect(neighbourEvent(fixture, { eventId: null, lap: 12 }, 1)?.id).toBe('finish');
      expect(neighbourEvent(fixture, { eventId: null, lap: 12 }, -1)?.id).toBe('same-lap-contact');
      expect(neighbourEvent(fixture, { eventId: null, lap: 11 }, -1)?.id).toBe('start');
      expect(neighbourEvent(fixture, { eventId: null, lap: 34 }, -1)?.id).toBe('finish');
      expect(neighbourEvent(fixture, { eventId: null, lap: 0 }, -1)).toBeUndefined();
      // At the last lap there is nothing after it: Next goes to the first incident on that lap.
      expect(neighbourEvent(fixture, { eventId: null, lap: 34 }, 1)?.id).toBe('finish');
      expect(neighbourEvent(phoenix, { eventId: null, lap: 179 }, 1)?.id).toBe('eckes-wins');
      // An id the race does not have counts as no selection.
      expect(neighbourEvent(fixture, { eventId: 'ghost', lap: 11 }, 1)?.id).toBe('tangle');
    });
  });
});

describe('drivers and speakers', () => {
  it('looks drivers up by id and names them, or falls back to the id', () => {
    expect(driverById(fixture, 'bob-baker')).toEqual({ id: 'bob-baker', name: 'Bob Baker', car: '02' });
    expect(driverById(fixture, 'nobody')).toBeUndefined();
    expect(driverName(fixture, 'ann-able')).toBe('Ann Able');
  });

  it('names a speaker who is a driver of any race, and leaves any other speaker as given', () => {
    expect(speakerName(dataset, 'corey-heim')).toBe('Corey Heim');
    expect(speakerName(dataset, 'brent-crews')).toBe('Brent Crews'); // in the Roval only, the second race
    expect(speakerName(dataset, 'Scott Zipadelli')).toBe('Scott Zipadelli');
  });
});

describe('quotes for an incident', () => {
  it('are exactly those linked to it in that race, in article order', () => {
    expect(ids(quotesForEvent(dataset, 'phoenix-2023', 'heim-hocevar-second-contact'))).toEqual(['heim-no-sideforce']);
    expect(ids(quotesForEvent(dataset, 'phoenix-2023', 'rhodes-wins-title'))).toEqual(['heim-heads-high', 'heim-super-unfortunate', 'zipadelli-three-championships']);
    // Both races have an incident "heim-on-pole"; its quote speaks of the 2023 one only.
    expect(ids(quotesForEvent(dataset, 'phoenix-2023', 'heim-on-pole'))).toEqual(['heim-great-weekend']);
    expect(quotesForEvent(dataset, 'roval-2025', 'heim-on-pole')).toEqual([]);
    expect(quotesForEvent(dataset, 'phoenix-2023', 'majeski-wins-stage-1')).toEqual([]);
  });

  it('include a quote from an article about another race', () => {
    expect(ids(quotesForEvent(dataset, 'roval-2025', 'heim-locks-into-championship-4'))).toEqual([
      'zipadelli-three-championships',
      'zipadelli-hocevar-wrecked-us',
      'zipadelli-work-harder',
    ]);
  });

  it('bring the remarks any of them is a wording of, and no other', () => {
    const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;
    expect(ids(remarksForQuotes(dataset, [quote('heim-since-i-was-5')]))).toEqual(['raced-me-since-five']);
    expect(ids(remarksForQuotes(dataset, [quote('heim-run-into-me'), quote('heim-every-guy-on-sunday-a001')]))).toEqual(['every-guy-on-sunday', 'had-enough-fun-wrecked-me']);
    expect(remarksForQuotes(dataset, [quote('heim-no-sideforce')])).toEqual([]);
    expect(remarksForQuotes(dataset, [])).toEqual([]);
  });
});

describe('lap texts and incident names', () => {
  it('say a lap or a span of laps', () => {
    expect(spanText(5, 5)).toBe('lap 5');
    expect(spanText(5, 9)).toBe('laps 5–9');
    expect(lapText(phoenix.events.find((e) => e.id === 'hocevar-spins-heim')!)).toBe('laps 119–121');
    expect(lapText(fixture.events[0]!)).toBe('lap 1');
    expect(lapText(phoenix.events.find((e) => e.id === 'drew-jones-crash')!)).toBe('lap 101');
  });

  it('name an incident by its lap first, then its title and how sure the lap is', () => {
    expect(incidentName(fixture.events[0]!)).toBe('Lap 1: Ann Able leads away (exact lap)');
    expect(incidentName(fixture.events[1]!)).toBe('Lap 12: Able and Baker touch, approximate lap (laps 11–14)');
    expect(incidentName(phoenix.events.find((e) => e.id === 'drew-jones-crash')!)).toBe('Lap 101: Drew and Jones out early in the final stage, inferred lap (lap 101)');
  });
});

describe('following a driver: incidentsOf, followChoices, driverStandingAt', () => {
  it('lists the incidents a driver is in, in lap order', () => {
    expect(ids(incidentsOf(phoenix, 'corey-heim'))).toEqual([
      'heim-on-pole',
      'majeski-wins-stage-1',
      'late-stage-2-caution-strategy',
      'heim-wins-stage-2',
      'eckes-leads-after-stage-2-stops',
      'heim-passes-hocevar',
      'hocevar-spins-heim',
      'heim-pits-after-spin',
      'heim-hocevar-second-contact',
      'rhodes-wins-title',
    ]);
    expect(incidentsOf(phoenix, 'nobody')).toEqual([]);
  });

  it('lists the drivers in at least one incident, in the race file’s order (their follow pages are prerendered)', () => {
    expect(driversWithIncidents(phoenix)).toHaveLength(25);
    expect(driversWithIncidents(roval)).toHaveLength(13);
    expect(driversWithIncidents(roval).slice(0, 3).map((d) => d.id)).toEqual(['corey-heim', 'brent-crews', 'gio-ruggiero']);
    expect(driversWithIncidents(roval).map((d) => d.id)).not.toContain('connor-zilisch');
  });

  it('offers the drivers in incidents first, most incidents first, then every other entrant by surname', () => {
    const { involved, others } = followChoices(phoenix);
    expect(involved.slice(0, 4).map((c) => [c.driver.id, c.incidents])).toEqual([
      ['corey-heim', 10],
      ['ben-rhodes', 7],
      ['carson-hocevar', 6],
      ['grant-enfinger', 5],
    ]);
    // Ties go by surname.
    const ones = involved.filter((c) => c.incidents === 1).map((c) => c.driver.name);
    expect(ones.slice(0, 3)).toEqual(['Marco Andretti', 'Matt Crafton', 'Bayley Currey']);
    expect(involved.length + others.length).toBe(phoenix.drivers.length);
    expect(others.every((c) => c.incidents === 0)).toBe(true);
    expect(others.slice(0, 3).map((c) => c.driver.name)).toEqual(['Lawless Alan', 'Tyler Ankrum', 'Rajah Caruth']);
    expect(new Set([...involved, ...others].map((c) => c.driver.id)).size).toBe(phoenix.drivers.length);
  });

  it('counts only the incidents shown (no spoilers): a driver whose first incident is ahead is among the others', () => {
    const { involved, others } = followChoices(phoenix, countEventsUpTo(phoenix, 60));
    expect(involved.map((c) => [c.driver.id, c.incidents])).toEqual([
      ['corey-heim', 2],
      ['ty-majeski', 2],
      ['marco-andretti', 1],
      ['chris-hacker', 1],
    ]);
    expect(others.map((c) => c.driver.id)).toContain('carson-hocevar');
  });

  it('at lap 60 Heim leads (the record’s span), is ahead in the title fight, last in an incident on lap 45', () => {
    const at = driverStandingAt(phoenix, 'corey-heim', 60)!;
    expect(at.driver.name).toBe('Corey Heim');
    expect(at.lastIncident?.id).toBe('majeski-wins-stage-1');
    expect(at.incidents).toBe(2);
    expect(at.leaderSpan).toMatchObject({ driver: 'corey-heim', startLap: 49, endLap: 95 });
    expect(at.title).toMatchObject({ ahead: true, span: { leader: 'corey-heim', fromLap: 1 } });
    expect(at.out).toBeUndefined();
    expect(at.result).toBeUndefined();
    expect(at.championship).toEqual([]);
  });

  it('at lap 120 Heim has just been spun, Eckes leads, Hocevar is ahead in the title fight', () => {
    const at = driverStandingAt(phoenix, 'corey-heim', 120)!;
    expect(at.lastIncident?.id).toBe('hocevar-spins-heim');
    expect(at.leaderSpan?.driver).toBe('christian-eckes');
    expect(at.title).toMatchObject({ ahead: false, span: { leader: 'carson-hocevar' } });
  });

  it('the incident that ended a race counts once it has happened, not before', () => {
    expect(driverStandingAt(phoenix, 'carson-hocevar', 146)!.out).toBeUndefined();
    expect(driverStandingAt(phoenix, 'carson-hocevar', 147)!.out?.id).toBe('heim-hocevar-second-contact');
  });

  it('at the finish: the result and each championship table, oldest first (race night, then after the penalty)', () => {
    const at = driverStandingAt(phoenix, 'corey-heim', 179)!;
    expect(at.result).toMatchObject({ position: 18 });
    expect(at.championship).toEqual([
      { label: 'Race night', place: 3 },
      { label: 'Final, after the penalty', place: 4 },
    ]);
    expect(driverStandingAt(phoenix, 'corey-heim', 178)!.championship).toEqual([]);
  });

  it('no title fight for a driver who is not a contender, nor in a race without one; nobody leads where the record places no leader', () => {
    expect(driverStandingAt(phoenix, 'zane-smith', 130)!.title).toBeUndefined();
    expect(driverStandingAt(phoenix, 'zane-smith', 130)!.leaderSpan?.driver).toBe('zane-smith');
    expect(driverStandingAt(phoenix, 'zane-smith', 170)!.leaderSpan).toBeUndefined();
    expect(driverStandingAt(roval, 'corey-heim', 30)!.title).toBeUndefined();
    expect(driverStandingAt(roval, 'corey-heim', 70)!.championship).toEqual([]);
    expect(driverStandingAt(roval, 'carson-hocevar', 30)).toBeUndefined();
  });
});

describe('a followed driver’s page: followFacts and quotesForDriver', () => {
  it('sums a driver’s race up in the facts the record has', () => {
    expect(followFacts(phoenix, 'corey-heim')).toEqual(['in 10 of its 24 incidents', 'a title contender', 'led 47 laps', 'finished 18th']);
    expect(followFacts(phoenix, 'derek-kraus')).toEqual(['in 2 of its 24 incidents', expect.stringMatching(/^finished \d+(st|nd|rd|th)$/)]);
    expect(followFacts(roval, 'corey-heim')).toEqual(['in 9 of its 14 incidents', 'a title contender', 'won']);
    expect(followFacts(phoenix, 'ben-rhodes')).toEqual(['in 7 of its 24 incidents', 'the champion', 'finished 5th']);
    // A disputed count is given as disputed, with both counts the sources give, never one of them flat.
    expect(followFacts(roval, 'brent-crews')).toEqual(['in 5 of its 14 incidents', 'led 56 or 55 laps (disputed)', 'finished 2nd']);
    expect(followFacts(roval, 'carson-hocevar')).toBeUndefined();
  });

  it('gives what the driver said about this race first, then what others said about their incidents, never a remark made before it', () => {
    const heim = quotesForDriver(dataset, 'phoenix-2023', 'corey-heim');
    const firstOther = heim.findIndex((q) => q.speaker !== 'corey-heim');
    expect(firstOther).toBeGreaterThan(0);
    expect(heim.slice(0, firstOther).every((q) => q.speaker === 'corey-heim')).toBe(true);
    expect(heim.slice(firstOther).every((q) => q.speaker !== 'corey-heim')).toBe(true);
    expect(heim.map((q) => q.id)).toContain('hocevar-i-messed-up');
    // Heim’s Roval remarks are about the Roval; his Phoenix ones about Phoenix.
    expect(quotesForDriver(dataset, 'roval-2025', 'corey-heim').map((q) => q.id)).toEqual(['heim-toughest-one', 'heim-resilience', 'fox-truck-series-history']);
    // Zipadelli spoke before the Roval race: background there, never a reaction to it.
    expect(quotesForDriver(dataset, 'roval-2025', 'tyler-ankrum').map((q) => q.id)).toEqual([]);
    expect(quotesForDriver(dataset, 'phoenix-2023', 'nobody')).toEqual([]);
    expect(quotesForDriver(dataset, 'no-race', 'corey-heim')).toEqual([]);
  });
});

describe('how disputed and uncertain values are told', () => {
  const phoenix = dataset.races.get('phoenix-2023')!;
  const roval = dataset.races.get('roval-2025')!;

  it('marks a title-fight span disputed where its disagreements say so, else by its certainty, else not at all', () => {
    expect(phoenix.titleFight!.map(titleSpanMark)).toEqual(['approximate', 'approximate', 'approximate', 'approximate', 'disputed', 'disputed', 'approximate']);
    expect(titleSpanMark({ ...phoenix.titleFight![0]!, certainty: 'exact' })).toBeNull();
    expect(titleSpanMark({ ...phoenix.titleFight![0]!, certainty: 'exact', disagreements: ['title-fight-late'] })).toBe('disputed');
    expect(titleSpanMark({ ...phoenix.titleFight![0]!, disagreements: [] })).toBe('approximate');
  });

  it('gives a count with the other counts the sources give where it is disputed, the record’s own first', () => {
    expect(lapsLedOf(roval, 'brent-crews')).toEqual({ laps: 56, otherCounts: [55] });
    expect(countText(lapsLedOf(roval, 'brent-crews')!)).toBe('56 or 55');
    expect(lapsLedOf(phoenix, 'corey-heim')).toEqual({ laps: 47, otherCounts: [] });
    expect(countText(lapsLedOf(phoenix, 'corey-heim')!)).toBe('47');
    // From the results row where the laps-led table has no entry; none where neither has one.
    expect(lapsLedOf(phoenix, 'jake-garcia')).toEqual({ laps: 0, otherCounts: [] });
    expect(lapsLedOf(roval, 'gio-ruggiero')).toBeUndefined();
  });

  it('names an article by its outlet and date, never by our description of it', () => {
    expect(articleLabel(dataset.articles.get('a001-phoenix-heim-hocevar-altercation'))).toBe('Sportskeeda article, Nov 4, 2023');
    expect(articleLabel(dataset.articles.get('a000-phoenix-hocevar-spins-heim'))).toBe('Article (outlet not known)');
    expect(articleLabel({ id: 'x', file: 'x.txt', title: 'Our words', race: 'r', date: '2024-01-02' })).toBe('Article, Jan 2, 2024 (outlet not known)');
    expect(articleLabel(undefined)).toBe('Article');
  });
});
