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
    const hocevar = list.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(hocevar.length).toBeLessThan(all);
    expect(hocevar).toContainEqual(expect.stringMatching(/^Lap 120: Hocevar spins Heim/));
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), 'pit');
    expect(list.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^Lap 85: /)]);
    await user.selectOptions(list.getByRole('combobox', { name: 'Driver' }), '');
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), '');
    expect(list.getAllByRole('button')).toHaveLength(all);
  });
});
