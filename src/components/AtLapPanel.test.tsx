/**
 * The "At this lap" panel, row by row, at the laps where each row changes: the part of the race
 * (stage ends belong to their stage), the laps to go counted from the scheduled distance (not the
 * laps run), the flag, the title-fight leader by name, and the incidents so far.
 */
import { screen, within } from '@testing-library/react';
import { renderApp } from '../app/testing';

/** The panel's rows, term → definition, in order. */
function rows(): Record<string, string> {
  const panel = within(screen.getByRole('region', { name: 'At this lap' }));
  return Object.fromEntries(panel.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
}

describe('At this lap', () => {
  it.each([
    [1, 'Stage 1', '149 of 150 scheduled laps', 'No caution on record for this lap', 'Corey Heim ahead (approximate)', '1 of 24 · latest: Lap 1: Heim starts from pole'],
    [45, 'Stage 1', '105 of 150 scheduled laps', 'Caution End of stage 1. The flag lap is fixed; the green returned around lap 49, when Heim took over the lead (end estimated). (approximate laps)', 'Corey Heim ahead (approximate)', '2 of 24 · latest: Lap 45: Majeski sweeps stage 1'],
    [46, 'Stage 2', '104 of 150 scheduled laps', 'Caution End of stage 1. The flag lap is fixed; the green returned around lap 49, when Heim took over the lead (end estimated). (approximate laps)', 'Corey Heim ahead (approximate)', '2 of 24 · latest: Lap 45: Majeski sweeps stage 1'],
    [49, 'Stage 2', '101 of 150 scheduled laps', 'No caution on record for this lap', 'Corey Heim ahead (approximate)', '2 of 24 · latest: Lap 45: Majeski sweeps stage 1'],
    [91, 'Final stage', '59 of 150 scheduled laps', null, 'Carson Hocevar ahead (inferred)', '5 of 24 · latest: Lap 90: Heim wins stage 2'],
    [120, 'Final stage', '30 of 150 scheduled laps', null, 'Carson Hocevar ahead (approximate)', '9 of 24 · latest: Lap 120: Hocevar spins Heim'],
    [150, 'Final stage', 'Scheduled distance complete', null, 'Grant Enfinger ahead (approximate)', '15 of 24 · latest: Lap 147: Heim turns into Hocevar'],
    [151, 'Overtime 1', '1 lap past the scheduled 150', null, 'Grant Enfinger ahead (approximate)', '15 of 24 · latest: Lap 147: Heim turns into Hocevar'],
    [158, 'Overtime 2', '8 laps past the scheduled 150', null, 'Ben Rhodes ahead (approximate)', '18 of 24 · latest: Lap 158: Enfinger pits with damage'],
    [177, 'Overtime 4', '27 laps past the scheduled 150', 'No caution on record for this lap', 'Ben Rhodes ahead (approximate)', '22 of 24 · latest: Lap 168: Hingorani eliminated'],
  ])('Phoenix 2023, lap %i', async (lap, part, toGo, flag, titleFight, soFar) => {
    await renderApp(`?race=phoenix-2023&lap=${lap}`);
    const r = rows();
    expect(Object.keys(r)).toEqual(['Lap', 'Part of the race', 'To go', 'Flag', 'Title fight', 'Incidents so far']);
    expect(r).toMatchObject({ Lap: `${lap} of 179`, 'Part of the race': part, 'To go': toGo, 'Title fight': titleFight, 'Incidents so far': soFar });
    if (flag) expect(r.Flag).toBe(flag);
  });

  it('shows the caution a lap falls in, by its cause and how sure its laps are', async () => {
    await renderApp('?race=phoenix-2023&lap=122');
    expect(rows().Flag).toMatch(/^Caution Hocevar spins Heim, collecting Stewart Friesen\..* \(approximate laps\)$/);
    const panel = within(screen.getByRole('region', { name: 'At this lap' }));
    expect(panel.getByText('Caution')).toBeInTheDocument();
    expect(panel.getByRole('link', { name: 'Lap 121: Heim pits for repairs' })).toBeInTheDocument();
  });

  it('Roval 2025: no title-fight row, cautions not in the record, overtime counted past the 67 scheduled', async () => {
    await renderApp('?race=roval-2025&lap=30');
    expect(rows()).toEqual({
      Lap: '30 of 70',
      'Part of the race': 'Stage 2',
      'To go': '37 of 67 scheduled laps',
      Flag: 'Cautions not in the record',
      'Incidents so far': '7 of 14 · latest: Lap 25: Garcia spins',
    });
  });

  it('Roval 2025 in overtime: the overtime flag row says no caution is on record, not that the record lacks cautions', async () => {
    await renderApp('?race=roval-2025&lap=68');
    expect(rows()).toMatchObject({ 'Part of the race': 'Overtime 1', 'To go': '1 lap past the scheduled 67', Flag: 'No caution on record for this lap' });
  });
});
