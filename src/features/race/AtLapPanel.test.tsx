/**
 * The "At this lap" panel, row by row, at the laps where each row changes: the part of the race
 * (stage ends belong to their stage), the laps to go counted from the scheduled distance (not the
 * laps run), the flag, the title-fight leader by name, and the incidents so far.
 */
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../app/testing';

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
    [91, 'Final stage', '59 of 150 scheduled laps', null, 'Corey Heim ahead (approximate)', '5 of 24 · latest: Lap 90: Heim wins stage 2'],
    [96, 'Final stage', '54 of 150 scheduled laps', null, 'Carson Hocevar ahead (approximate)', '6 of 24 · latest: Lap 95: Eckes takes over as Heim pits'],
    [120, 'Final stage', '30 of 150 scheduled laps', null, 'Carson Hocevar ahead (approximate)', '9 of 24 · latest: Lap 120: Hocevar spins Heim'],
    [124, 'Final stage', '26 of 150 scheduled laps', null, 'Ben Rhodes ahead (disputed)', '11 of 24 · latest: Lap 124: Rhodes moves ahead in the title fight'],
    [150, 'Final stage', 'Scheduled distance complete', null, 'Grant Enfinger ahead (disputed)', '15 of 24 · latest: Lap 147: Heim turns into Hocevar'],
    [151, 'Overtime 1', '1 lap past the scheduled 150', null, 'Grant Enfinger ahead (disputed)', '15 of 24 · latest: Lap 147: Heim turns into Hocevar'],
    [158, 'Overtime 2', '8 laps past the scheduled 150', null, 'Ben Rhodes ahead (approximate)', '18 of 24 · latest: Lap 158: Enfinger pits with damage'],
    [178, 'Overtime 4', '28 laps past the scheduled 150', 'No caution on record for this lap', 'Ben Rhodes ahead (approximate)', '22 of 24 · latest: Lap 168: Hingorani eliminated'],
  ])('Phoenix 2023, lap %i', async (lap, part, toGo, flag, titleFight, soFar) => {
    await renderApp(`?race=phoenix-2023&lap=${lap}`);
    const r = rows();
    expect(Object.keys(r)).toEqual(['Lap', 'Part of the race', 'To go', 'Flag', 'Title fight', 'Incidents so far']);
    expect(r).toMatchObject({ Lap: `${lap} of 179`, 'Part of the race': part, 'To go': toGo, 'Title fight': titleFight, 'Incidents so far': soFar });
    if (flag) expect(r.Flag).toBe(flag);
  });

  it('marks the title-fight leader as disputed where sources dispute who was ahead, not merely approximate', async () => {
    // Laps 134 to 154: most reports have Enfinger ahead, one has Rhodes throughout, and they split on when he got ahead.
    await renderApp('?race=phoenix-2023&lap=140');
    const row = within(screen.getByRole('region', { name: 'At this lap' })).getByText('Title fight').nextElementSibling!;
    expect(row.textContent).toBe('Grant Enfinger ahead (disputed)');
    expect(row.textContent).not.toMatch(/approximate/);
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

describe('At this lap, following a driver', () => {
  /** The "Following" row (its code loads when a driver is followed): the driver, then one line per fact. */
  async function following(expected = true): Promise<string[]> {
    const panel = within(screen.getByRole('region', { name: 'At this lap' }));
    if (expected) await panel.findByText('Following', { selector: 'dt' });
    const dd = panel.getAllByRole('term').find((dt) => dt.textContent === 'Following')?.nextElementSibling;
    if (!dd) return [];
    return [dd.querySelector('strong')!.textContent!, ...[...dd.querySelectorAll('li')].map((li) => li.textContent!)];
  }

  it.each<[number, string[]]>([
    [1, ['Corey Heim', 'In 1 incident so far · last: Lap 1: Heim starts from pole', 'Not leading: Ty Majeski leads', 'Ahead in the title fight (approximate)']],
    [60, ['Corey Heim', 'In 2 incidents so far · last: Lap 45: Majeski sweeps stage 1', 'Leading (since lap 49, approximate)', 'Ahead in the title fight (approximate)']],
    [120, ['Corey Heim', 'In 7 incidents so far · last: Lap 120: Hocevar spins Heim', 'Not leading: Christian Eckes leads (approximate)', 'Behind in the title fight: Carson Hocevar ahead (approximate)']],
    [140, ['Corey Heim', 'In 8 incidents so far · last: Lap 121: Heim pits for repairs', 'Not leading: Zane Smith leads (inferred)', 'Behind in the title fight: Grant Enfinger ahead (disputed)']],
    [170, ['Corey Heim', 'In 9 incidents so far · last: Lap 147: Heim turns into Hocevar', 'Behind in the title fight: Ben Rhodes ahead (approximate)']],
    [179, ['Corey Heim', 'In 10 incidents so far · last: Lap 179: Rhodes takes the title by one point', 'Not leading: Christian Eckes leads (inferred)', 'Behind in the title fight: Ben Rhodes ahead (approximate)', 'Finished 18th', 'Championship: 3rd (race night), 4th (final, after the penalty)']],
  ])('Phoenix 2023, Heim at lap %i', async (lap, expected) => {
    await renderApp(`/phoenix-2023/follow/corey-heim/?lap=${lap}`);
    expect(await following()).toEqual(expected);
  });

  it.each([
    ['grant-enfinger', 140],
    ['ben-rhodes', 130],
  ])('marks %s’s place in a disputed stretch of the title fight as disputed (lap %i)', async (driver, lap) => {
    await renderApp(`/phoenix-2023/follow/${driver}/?lap=${lap}`);
    const lines = await following();
    expect(lines).toContain('Ahead in the title fight (disputed)');
    expect(lines.join(' | ')).not.toMatch(/title fight.*approximate/);
  });

  it('says when the incident that ended a race has happened, and links to it', async () => {
    await renderApp('/phoenix-2023/follow/carson-hocevar/?lap=150');
    expect(await following()).toContain('Out of the race: Lap 147: Heim turns into Hocevar');
    const panel = within(screen.getByRole('region', { name: 'At this lap' }));
    expect(panel.getAllByRole('link', { name: 'Lap 147: Heim turns into Hocevar' }).length).toBeGreaterThan(0);
  });

  it('the winner at the finish: won the race (Roval 2025, no championship table in the record)', async () => {
    await renderApp('/roval-2025/follow/corey-heim/');
    expect(await following()).toEqual(['Corey Heim', 'In 9 incidents so far · last: Lap 70: Heim locks into the Championship 4', 'Leading (laps 67–70, inferred)', 'Won the race']);
  });

  it('a driver not yet in an incident, in a race with no title fight (Roval 2025)', async () => {
    await renderApp('/roval-2025/follow/connor-zilisch/?lap=30');
    expect(await following()).toEqual(['Connor Zilisch', 'In no incident so far']);
  });

  it('in no-spoilers mode tells only what has happened by the cursor', async () => {
    await renderApp('/phoenix-2023/follow/corey-heim/?lap=119&spoilers=hide');
    const text = (await following()).join(' | ');
    expect(text).toContain('last: Lap 119: Heim passes Hocevar');
    expect(text).not.toMatch(/spins|Finished|Championship|Out of the race/);
  });

  it('has no Following row when nobody is followed', async () => {
    await renderApp('?race=phoenix-2023&lap=120');
    expect(await following(false)).toEqual([]);
  });
});
