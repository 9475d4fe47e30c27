import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../app/testing';

describe('IncidentList filters', () => {
  it('filters incidents by driver and by kind', async () => {
    const user = userEvent.setup();
    renderApp('?race=phoenix-2023');
    const list = within(screen.getByRole('region', { name: 'Incidents' }));
    const all = list.getAllByRole('button').length;
    await user.selectOptions(list.getByRole('combobox', { name: 'Driver' }), 'carson-hocevar');
    const hocevar = list.getAllByRole('button').map((b) => b.textContent);
    expect(hocevar.length).toBeLessThan(all);
    expect(hocevar).toContainEqual(expect.stringMatching(/^Lap 120: Hocevar spins Heim/));
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), 'pit');
    expect(list.getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringMatching(/^Lap 85: /)]);
    await user.selectOptions(list.getByRole('combobox', { name: 'Driver' }), '');
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), '');
    expect(list.getAllByRole('button')).toHaveLength(all);
  });
});

describe('IncidentList names', () => {
  it('names each button by its lap, title and certainty, containing its visible text', async () => {
    const { dataset } = await import('../data/testData');
    const { incidentName } = await import('../state/selectors');
    renderApp('?race=phoenix-2023');
    const race = dataset.races.get('phoenix-2023')!;
    const buttons = within(screen.getByRole('region', { name: 'Incidents' })).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(race.events.map((e) => incidentName(e)));
    buttons.forEach((b, i) => expect(b).toHaveAccessibleName(incidentName(race.events[i]!)));
    expect(buttons[0]).toHaveAccessibleName(incidentName(race.events[0]!));
  });
});
