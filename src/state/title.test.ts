import { dataset } from '../data/load/bundledDataset';
import { viewTitle } from './title';

const phoenix = dataset.races.get('phoenix-2023')!;
const spin = phoenix.events.find((e) => e.id === 'hocevar-spins-heim')!;

describe('viewTitle', () => {
  it('names the selected incident, its lap, the race and the track', () => {
    expect(viewTitle(phoenix, { lap: spin.lap, event: spin.id, hideAhead: false })).toBe(
      `${spin.title}, lap ${spin.lap} – 2023 Craftsman 150, Phoenix Raceway – Lapline`,
    );
  });

  it('gives the incident’s own lap even when the cursor has moved on', () => {
    expect(viewTitle(phoenix, { lap: 170, event: spin.id, hideAhead: false })).toBe(`${spin.title}, lap ${spin.lap} – 2023 Craftsman 150, Phoenix Raceway – Lapline`);
  });

  it('with nothing selected, gives the lap of the laps run', () => {
    expect(viewTitle(phoenix, { lap: 42, event: null, hideAhead: false })).toBe('Lap 42 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
  });

  it('in no-spoilers mode, never names an incident the cursor has not reached', () => {
    const title = viewTitle(phoenix, { lap: spin.lap - 1, event: spin.id, hideAhead: true });
    // Nor how long the race ran (four overtimes): no "of 179" until the finish.
    expect(title).toBe(`Lap ${spin.lap - 1} – 2023 Craftsman 150, Phoenix Raceway – Lapline`);
    expect(viewTitle(phoenix, { lap: 179, event: null, hideAhead: true })).toBe('Lap 179 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    expect(viewTitle(phoenix, { lap: 60, event: null, hideAhead: true, follow: 'corey-heim' })).toBe('Following Corey Heim, lap 60 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    expect(title).not.toContain(spin.title);
    // On its own lap it is no longer ahead.
    expect(viewTitle(phoenix, { lap: spin.lap, event: spin.id, hideAhead: true })).toContain(spin.title);
  });

  it('following a driver with nothing selected, names the driver before the lap; a selected incident still comes first', () => {
    expect(viewTitle(phoenix, { lap: 42, event: null, hideAhead: false, follow: 'corey-heim' })).toBe('Following Corey Heim, lap 42 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    expect(viewTitle(phoenix, { lap: spin.lap, event: spin.id, hideAhead: false, follow: 'corey-heim' })).toBe(`${spin.title}, lap ${spin.lap} – 2023 Craftsman 150, Phoenix Raceway – Lapline`);
    expect(viewTitle(phoenix, { lap: 42, event: null, hideAhead: false, follow: 'no-such-driver' })).toBe('Lap 42 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
  });

  it('without a race (its data failed), names the site only', () => {
    expect(viewTitle(undefined, { lap: 1, event: null, hideAhead: false })).toBe('Lapline – relive a race lap by lap');
  });
});
