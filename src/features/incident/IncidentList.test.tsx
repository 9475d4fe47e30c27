import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';

describe('IncidentList filters', () => {
  it('filters incidents by kind, and to the followed driver’s when asked', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&follow=carson-hocevar');
    const list = within(screen.getByRole('region', { name: 'Incidents' }));
    const all = list.getAllByRole('link').length;
    expect(all).toBe(24);
    await user.click(list.getByRole('checkbox', { name: 'Only Carson Hocevar’s' }));
    const hocevar = list.getAllByRole('link').map((b) => b.getAttribute('aria-label'));
    expect(hocevar).toHaveLength(6);
    expect(hocevar).toContainEqual(expect.stringMatching(/^Lap 120: Hocevar spins Heim/));
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), 'pit');
    expect(list.getAllByRole('link').map((b) => b.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^Lap 85: /)]);
    await user.click(list.getByRole('checkbox', { name: 'Only Carson Hocevar’s' }));
    await user.selectOptions(list.getByRole('combobox', { name: 'Kind' }), '');
    expect(list.getAllByRole('link')).toHaveLength(all);
  });

  it('offers “only theirs” only while a driver is followed', async () => {
    await renderApp('?race=phoenix-2023');
    expect(within(screen.getByRole('region', { name: 'Incidents' })).queryByRole('checkbox')).toBeNull();
  });
});

describe('IncidentList names', () => {
  it('names each link by its lap, title and certainty, with the visible text in the same order', async () => {
    const { dataset } = await import('../../data/load/bundledDataset');
    const { incidentName } = await import('../../data/race');
    await renderApp('?race=phoenix-2023');
    const race = dataset.races.get('phoenix-2023')!;
    const links = within(screen.getByRole('region', { name: 'Incidents' })).getAllByRole('link');
    links.forEach((b, i) => {
      const event = race.events[i]!;
      expect(b).toHaveAccessibleName(incidentName(event));
      // Label in name: the visible words, punctuation aside, appear in the name in order.
      const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean).join(' ');
      expect(words(incidentName(event))).toContain(words(b.textContent ?? ''));
    });
    expect(links[0]).toHaveAccessibleName(incidentName(race.events[0]!));
  });
});

describe('IncidentList links', () => {
  it("links each incident to its own page, carrying the reader's settings but not the cursor's lap", async () => {
    await renderApp('?race=phoenix-2023&lap=30&spoilers=hide&lanes=driver');
    const links = within(screen.getByRole('region', { name: 'Incidents' })).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    // No spoilers: the spoiler-free page with the incident in its query, never the incident's own page (its card quotes a later remark).
    expect(links[0]).toHaveAttribute('href', '/phoenix-2023/no-spoilers/?event=heim-on-pole&lanes=driver');
  });

  it('marks only the selected incident as current, and moves the mark with the selection', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const list = within(screen.getByRole('region', { name: 'Incidents' }));
    const current = () => list.getAllByRole('link').filter((l) => l.getAttribute('aria-current') === 'true').map((l) => l.getAttribute('aria-label'));
    expect(current()).toEqual([expect.stringMatching(/^Lap 120: Hocevar spins Heim/)]);
    await user.click(list.getByRole('link', { name: /^Lap 85: / }));
    expect(current()).toEqual([expect.stringMatching(/^Lap 85: /)]);
    expect(store.getState().lap).toBe(85);
  });

  it('leaves a click with a modifier key to the browser (a new tab), selecting nothing here', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=30');
    const link = within(screen.getByRole('region', { name: 'Incidents' })).getByRole('link', { name: /^Lap 120: Hocevar spins Heim/ });
    // The app must leave the click's default (the browser's new tab) intact. The listener on the
    // document, after the app's, records that, then stops the default itself: jsdom cannot open a
    // tab and would report "navigation to another Document" as not implemented.
    const defaultsLeft: boolean[] = [];
    const onClick = (event: MouseEvent) => {
      defaultsLeft.push(event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      await user.keyboard('{Control>}');
      await user.click(link);
      await user.keyboard('{/Control}');
    } finally {
      document.removeEventListener('click', onClick);
    }
    expect(defaultsLeft).toEqual([false]);
    expect(store.getState().event).toBeNull();
    expect(store.getState().lap).toBe(30);
  });
});
