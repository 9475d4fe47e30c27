import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';

// The record is code-split: the first test pays for loading its chunk.
const record = async () => within(await screen.findByRole('region', { name: 'The full record' }));

describe('The full record', () => {
  it('keeps the caution total true where not every caution can be placed', async () => {
    await renderApp('?race=phoenix-2023');
    const r = await record();
    expect(r.getByText('12 cautions for 77 laps')).toBeInTheDocument();
    expect(r.getByText(/places 11 of them; 1 cannot be placed/)).toBeInTheDocument();
    // The periods drawn add up to fewer laps than the total: said, with why.
    expect(r.getByText(/places 11 of them/)).toHaveTextContent(/The periods shown cover 63 of the 77 caution laps: the record gives the total, not each caution's laps, so most ends are estimates, and the other 14 laps/);
  });

  it('shows a disputed count in the finishing order as disputed, with the other count, and an undisputed one flat', async () => {
    await renderApp('?race=roval-2025');
    const table = within((await record()).getByRole('region', { name: 'Finishing order' })).getByRole('table');
    const cells = (name: RegExp) => within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    const led = within(table).getAllByRole('columnheader').findIndex((h) => /^Led/.test(h.textContent ?? '')) - 1; // the row header is not a cell
    expect(cells(/Brent Crews/)[led]).toBe('56 or 55 disputed');
    expect(cells(/Corey Heim/)[led]).toBe('—');
    // The laps-led bars say so too.
    const leaders = within((await record()).getByRole('region', { name: 'Leaders' }));
    expect(leaders.getByText('Brent Crews').closest('li')).toHaveTextContent(/^Brent Crews56 or 55 disputed$/);
  });

  it('says what a race’s milestones were on the day and what they became, dated and sourced', async () => {
    await renderApp('?race=roval-2025');
    const after = within((await record()).getByRole('region', { name: /After the race/ }));
    const note = after.getByRole('note', { name: 'After the race: Heim ends 2025 with 12 wins and the championship' });
    expect(note).toHaveTextContent(/^Since then, Oct 31, 2025 Heim ends 2025 with 12 wins and the championship/);
    expect(note).toHaveTextContent(/At the time: On 3 October 2025 this was Heim’s 10th win of the season, a new single-season record, and his 21st career win, seventh on the series’ all-time list\./);
    expect(note).toHaveTextContent(/Since then: Heim won two more races in 2025/);
    expect(within(note).getByRole('link', { name: /Corey Heim Racing/ })).toHaveAttribute('href', 'https://coreyheimracing.com/blogs/news/corey-heim-caps-off-historic-season-with-2025-craftsman-truck-series-championship');
    expect(after.getByRole('link', { name: /^Lap 70: Heim wins for a record 10th time in 2025/ })).toBeInTheDocument();
  });

  it('shows the title fight with its changes, the disputed late stretch and the final points', async () => {
    await renderApp('?race=phoenix-2023');
    const fight = within((await record()).getByRole('region', { name: 'Title fight' }));
    const changes = within(fight.getAllByRole('list')[0]!).getAllByRole('listitem').map((li) => /^Laps? \d+(–\d+)?: [A-Za-z ]+?(?= (approximate|inferred|exact))/.exec(li.textContent ?? '')?.[0]);
    expect(changes).toEqual([
      'Laps 1–95: Corey Heim',
      'Laps 96–118: Carson Hocevar',
      'Lap 119: Corey Heim',
      'Laps 120–123: Carson Hocevar',
      'Laps 124–133: Ben Rhodes',
      'Laps 134–154: Grant Enfinger',
      'Laps 155–179: Ben Rhodes',
    ]);
    // Who was ahead from the restart after the spin to the first overtime is disputed: both spans say so, no others.
    const disputed = within(fight.getAllByRole('list')[0]!).getAllByRole('listitem').filter((li) => within(li).queryByText('disputed'));
    expect(disputed.map((li) => /^Laps \d+–\d+: [A-Za-z ]+?(?= approximate)/.exec(li.textContent ?? '')?.[0])).toEqual(['Laps 124–133: Ben Rhodes', 'Laps 134–154: Grant Enfinger']);
    expect(fight.getByRole('note', { name: /Sources disagree: Who was the projected champion late in regulation/ })).toBeInTheDocument();
    const rowsOf = (name: RegExp) => within(fight.getByRole('table', { name })).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rowsOf(/Race night, Nov 4, 2023 \(superseded\)/)).toEqual(['1Ben Rhodes4032', '2Grant Enfinger4031', '3Corey Heim4019', '4Carson Hocevar4008']);
    expect(rowsOf(/Final, after the penalty, Nov 8, 2023 \(official\)/)).toEqual(['1Ben Rhodes4032', '2Grant Enfinger4031', '3 (was 4)Carson Hocevar4008', '4 (was 3)Corey Heim3994']);
    expect(fight.getByText(/^Changed by:/)).toHaveTextContent('Changed by: NASCAR penalises Heim for wrecking Hocevar (Nov 8, 2023).');
  });

  it('lists what happened after the race, dated and sourced, only once the cursor reaches the finish', async () => {
    await renderApp('?race=phoenix-2023');
    const after = within((await record()).getByRole('region', { name: /After the race/ }));
    const note = after.getByRole('note', { name: 'After the race: NASCAR penalises Heim for wrecking Hocevar' });
    expect(note).toHaveTextContent(/Penalty, Nov 8, 2023/);
    expect(note).toHaveTextContent(/\$12,500 and took 25 driver points/);
    expect(within(note).getByRole('link', { name: /Fox Sports/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.foxsports\.com\/stories\/nascar\//));
    expect(after.getByRole('link', { name: /^Lap 147: Heim turns into Hocevar/ })).toBeInTheDocument();
  });

  it('hides the record after the flag in no-spoilers mode before the finish', async () => {
    await renderApp('?race=phoenix-2023&lap=150&spoilers=hide');
    const r = await record();
    expect(r.queryByRole('region', { name: /After the race/ })).not.toBeInTheDocument();
    expect(r.queryByRole('table', { name: /Championship points/ })).not.toBeInTheDocument();
  });

  it('sorts the finishing order and links a retirement to its incident', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023');
    const results = within((await record()).getByRole('region', { name: 'Finishing order' }));
    const table = results.getByRole('table');
    const firstDriver = () => within(table).getAllByRole('rowheader')[0]!.textContent;
    expect(within(table).getAllByRole('row')).toHaveLength(37);
    expect(firstDriver()).toMatch(/^Christian Eckes/);
    await user.click(within(table).getByRole('button', { name: /^Led/ }));
    expect(within(table).getByRole('columnheader', { name: /Led/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /^Led/ }));
    expect(firstDriver()).toMatch(/^Ty Majeski/);
    const hocevarRow = within(table).getByRole('rowheader', { name: /Carson Hocevar/ }).closest('tr')!;
    await user.click(within(hocevarRow).getByRole('link', { name: /^Lap 147: / }));
    expect(within(screen.getByRole('region', { name: 'Incident details' })).getByRole('heading', { level: 3 })).toHaveTextContent(/Heim/);
    expect(screen.getByRole('slider', { name: 'Lap' })).toHaveValue('147');
  });

  it('lists every disagreement with the sources on each side', async () => {
    await renderApp('?race=roval-2025');
    const disagreements = within((await record()).getByRole('region', { name: /Where sources disagree/ }));
    expect(disagreements.getByRole('note', { name: /How many laps Brent Crews led/ })).toHaveTextContent(/56/);
    expect(disagreements.getByRole('note', { name: /How many laps Brent Crews led/ })).toHaveTextContent(/55/);
    expect(disagreements.getByRole('note', { name: /first-lap crash brought out a caution/ })).toBeInTheDocument();
  });

  it('hides the outcome in no-spoilers mode until the cursor reaches the finish', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=100&spoilers=hide');
    const r = await record();
    expect(r.queryByRole('region', { name: 'Finishing order' })).toBeNull();
    expect(screen.getAllByText('hidden (no spoilers)').length).toBeGreaterThan(0);
    screen.getByRole('slider', { name: 'Lap' }).focus();
    // End goes as far as the reader may know the race (a lap at a time past the scheduled distance).
    while (store.getState().lap < 178) await user.keyboard('{End}');
    expect(r.queryByRole('region', { name: 'Finishing order' })).toBeNull();
    await user.keyboard('{End}');
    expect(r.getByRole('region', { name: 'Finishing order' })).toBeInTheDocument();
    expect(screen.queryByText('hidden (no spoilers)')).toBeNull();
  });
});
