import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../app/testing';

// The record is code-split: the first test pays for loading its chunk.
const record = async () => within(await screen.findByRole('region', { name: 'The full record' }, { timeout: 5000 }));

describe('The full record', () => {
  it('keeps the caution total true where not every caution can be placed', async () => {
    await renderApp('?race=phoenix-2023');
    const r = await record();
    expect(r.getByText('12 cautions for 77 laps')).toBeInTheDocument();
    expect(r.getByText(/places 11 of them; 1 cannot be placed/)).toBeInTheDocument();
  });

  it('shows the title fight with its changes, the disputed late stretch and the final points', async () => {
    await renderApp('?race=phoenix-2023');
    const fight = within((await record()).getByRole('region', { name: 'Title fight' }));
    const changes = within(fight.getAllByRole('list')[0]!).getAllByRole('listitem').map((li) => /^Laps? \d+(–\d+)?: [A-Za-z ]+?(?= (approximate|inferred|exact))/.exec(li.textContent ?? '')?.[0]);
    expect(changes).toEqual([
      'Laps 1–90: Corey Heim',
      'Laps 91–118: Carson Hocevar',
      'Lap 119: Corey Heim',
      'Laps 120–123: Carson Hocevar',
      'Laps 124–129: Ben Rhodes',
      'Laps 130–154: Grant Enfinger',
      'Laps 155–179: Ben Rhodes',
    ]);
    const enfinger = fight.getByText(/Laps 130–154: Grant Enfinger/).closest('li')!;
    expect(within(enfinger).getByText('disputed')).toBeInTheDocument();
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
    await renderApp('?race=phoenix-2023&lap=100&spoilers=hide');
    const r = await record();
    expect(r.queryByRole('region', { name: 'Finishing order' })).toBeNull();
    expect(screen.getAllByText('hidden (no spoilers)').length).toBeGreaterThan(0);
    screen.getByRole('slider', { name: 'Lap' }).focus();
    await user.keyboard('{End}');
    expect(r.getByRole('region', { name: 'Finishing order' })).toBeInTheDocument();
    expect(screen.queryByText('hidden (no spoilers)')).toBeNull();
  });
});
