import { dataset } from './load/bundledDataset';
import { countEventsUpTo, driverName, eventById, eventLaps, neighbourEvent } from './race';

const phoenix = dataset.races.get('phoenix-2023')!;

describe('race queries', () => {
  it('name a driver by id, falling back to the id for one the race does not list', () => {
    expect(driverName(phoenix, 'carson-hocevar')).toBe('Carson Hocevar');
    expect(driverName(phoenix, 'someone-else')).toBe('someone-else');
  });

  it('find an event by id, and none for no id or an unknown one', () => {
    expect(eventById(phoenix, 'hocevar-spins-heim')?.lap).toBe(120);
    expect(eventById(phoenix, 'made-up')).toBeUndefined();
    expect(eventById(phoenix, null)).toBeUndefined();
    expect(eventById(phoenix, undefined)).toBeUndefined();
  });

  it('count the events on or before a lap, from the event laps in order', () => {
    const laps = eventLaps(phoenix);
    expect(laps).toEqual(phoenix.events.map((e) => e.lap));
    expect(eventLaps(phoenix)).toBe(laps);
    expect(countEventsUpTo(phoenix, 0)).toBe(0);
    expect(countEventsUpTo(phoenix, 120)).toBe(phoenix.events.filter((e) => e.lap <= 120).length);
    expect(countEventsUpTo(phoenix, phoenix.lapsRun)).toBe(phoenix.events.length);
  });

  it('step to the incident next to the one selected', () => {
    const index = phoenix.events.findIndex((e) => e.id === 'hocevar-spins-heim');
    expect(neighbourEvent(phoenix, { eventId: 'hocevar-spins-heim', lap: 120 }, 1)).toBe(phoenix.events[index + 1]);
    expect(neighbourEvent(phoenix, { eventId: 'hocevar-spins-heim', lap: 120 }, -1)).toBe(phoenix.events[index - 1]);
  });
});
