import { dataset } from './load/bundledDataset';
import { cautionsReached, isAhead, lapsKnown, outcomeHidden, overtimesReached, quoteReached, readSpoilers } from './spoilers';

const phoenix = dataset.races.get('phoenix-2023')!;
const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;

describe('what lies ahead of a no-spoilers reader', () => {
  it('is what happens after the cursor, never on its lap, and nothing when the mode is off', () => {
    expect(isAhead({ hideAhead: true, lap: 60 }, 61)).toBe(true);
    expect(isAhead({ hideAhead: true, lap: 60 }, 60)).toBe(false);
    expect(isAhead({ hideAhead: true, lap: 60 }, 1)).toBe(false);
    expect(isAhead({ hideAhead: false, lap: 60 }, 61)).toBe(false);
  });

  it('hides the outcome until the cursor reaches the finish, and only in no-spoilers mode', () => {
    expect(outcomeHidden({ hideAhead: true, lap: 178 }, phoenix)).toBe(true);
    expect(outcomeHidden({ hideAhead: true, lap: 179 }, phoenix)).toBe(false);
    expect(outcomeHidden({ hideAhead: false, lap: 1 }, phoenix)).toBe(false);
  });

  it('knows the race as long as scheduled, then a lap past the cursor, until the finish; the whole race outside the mode', () => {
    expect(lapsKnown(phoenix, { hideAhead: true, lap: 60 })).toBe(150);
    expect(lapsKnown(phoenix, { hideAhead: true, lap: 149 })).toBe(150);
    expect(lapsKnown(phoenix, { hideAhead: true, lap: 150 })).toBe(151);
    expect(lapsKnown(phoenix, { hideAhead: true, lap: 178 })).toBe(179);
    expect(lapsKnown(phoenix, { hideAhead: true, lap: 179 })).toBe(179);
    expect(lapsKnown(phoenix, { hideAhead: false, lap: 60 })).toBe(179);
    // A race cut short is not shown short before its end: its scheduled distance stands.
    const shortened = { lapsRun: 120, scheduledLaps: 150 };
    expect(lapsKnown(shortened, { hideAhead: true, lap: 119 })).toBe(150);
    expect(lapsKnown(shortened, { hideAhead: true, lap: 120 })).toBe(120);
  });

  it('counts only the overtimes and caution periods begun by the cursor while the outcome is hidden', () => {
    const firstOvertime = phoenix.overtimes[0]!.startLap;
    expect(overtimesReached(phoenix, { hideAhead: true, lap: firstOvertime - 1 })).toEqual([]);
    expect(overtimesReached(phoenix, { hideAhead: true, lap: firstOvertime })).toEqual([phoenix.overtimes[0]]);
    expect(overtimesReached(phoenix, { hideAhead: false, lap: 1 })).toEqual(phoenix.overtimes);
    expect(overtimesReached(phoenix, { hideAhead: true, lap: 179 })).toHaveLength(4);
    const periods = phoenix.cautions!.periods;
    const first = periods[0]!.startLap;
    expect(cautionsReached(phoenix, { hideAhead: true, lap: first - 1 })).toEqual([]);
    expect(cautionsReached(phoenix, { hideAhead: true, lap: first })).toEqual([periods[0]]);
    expect(cautionsReached(phoenix, { hideAhead: false, lap: 1 })).toEqual(periods);
    expect(cautionsReached({ lapsRun: 10 }, { hideAhead: true, lap: 5 })).toEqual([]);
  });

  it('keeps a quote until the cursor has reached every incident of the race it speaks of', () => {
    // "…qualifying on the pole and winning the second stage…": lap 1 and lap 90.
    const weekend = quote('heim-great-weekend');
    const stage2 = phoenix.events.find((e) => e.id === 'heim-wins-stage-2')!.lap;
    expect(quoteReached(weekend, phoenix, { hideAhead: true, lap: 1 })).toBe(false);
    expect(quoteReached(weekend, phoenix, { hideAhead: true, lap: stage2 - 1 })).toBe(false);
    expect(quoteReached(weekend, phoenix, { hideAhead: true, lap: stage2 })).toBe(true);
    expect(quoteReached(weekend, phoenix, { hideAhead: false, lap: 1 })).toBe(true);
    // An incident of another race it speaks of is not this race's to hide.
    const zipadelli = quote('zipadelli-hocevar-wrecked-us');
    const spin = phoenix.events.find((e) => e.id === 'hocevar-spins-heim')!.lap;
    expect(quoteReached(zipadelli, phoenix, { hideAhead: true, lap: spin })).toBe(true);
    expect(quoteReached(zipadelli, phoenix, { hideAhead: true, lap: spin - 1 })).toBe(false);
    // An incident it names that the race does not have is never reached.
    expect(quoteReached({ events: [{ race: 'phoenix-2023', event: 'no-such-incident' }] }, phoenix, { hideAhead: true, lap: 179 })).toBe(false);
  });

  it('reads a spoilers value failing safe: only "show" shows, and anything but the exact word is flagged', () => {
    expect(readSpoilers('hide')).toEqual({ setting: 'hide', exact: true });
    expect(readSpoilers('show')).toEqual({ setting: 'show', exact: true });
    expect(readSpoilers('HIDE')).toEqual({ setting: 'hide', exact: false });
    expect(readSpoilers(' Show ')).toEqual({ setting: 'show', exact: false });
    for (const value of ['true', '1', 'yes', 'hdie', 'off']) expect(readSpoilers(value)).toEqual({ setting: 'hide', exact: false });
  });
});
