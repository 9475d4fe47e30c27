import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../app/testing';

describe('IncidentList filters', () => {
  it('filters incidents by kind, and to the followed driver’s when asked', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&follow=carson-hocevar');
    const list = within(screen.getByRole('region', { name: 'Incidents' }));
    const all = list.getAllByRole('button').length;
    expect(all).toBe(24);
    await user.click(list.getByRole('checkbox', { name: 'Only Carson Hocevar’s' }));
    const hocevar = list.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(hocevar).toHaveLength(6);
    expect(hocevar).toContainEqual(expect.stringMatching(/^Lap 120: Hocevar spins Heim/));
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), 'pit');
    expect(list.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^Lap 85: /)]);
    await user.click(list.getByRole('checkbox', { name: 'Only Carson Hocevar’s' }));
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), '');
    expect(list.getAllByRole('button')).toHaveLength(all);
  });

  it('offers “only theirs” only while a driver is followed', async () => {
    await renderApp('?race=phoenix-2023');
    expect(within(screen.getByRole('region', { name: 'Incidents' })).queryByRole('checkbox')).toBeNull();
  });
});

describe('IncidentList names', () => {
  it('names each button by its lap, title and certainty, with the visible text in the same order', async () => {
    const { dataset } = await import('../data/bundledDataset');
    const { incidentName } = await import('../data/race');
    await renderApp('?race=phoenix-2023');
    const race = dataset.races.get('phoenix-2023')!;
    const buttons = within(screen.getByRole('region', { name: 'Incidents' })).getAllByRole('button');
    buttons.forEach((b, i) => {
      const event = race.events[i]!;
      expect(b).toHaveAccessibleName(incidentName(event));
      // Label in name: the visible words, punctuation aside, appear in the name in order.
      const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean).join(' ');
      expect(words(incidentName(event))).toContain(words(b.textContent ?? ''));
    });
    expect(buttons[0]).toHaveAccessibleName(incidentName(race.events[0]!));
  });
});
