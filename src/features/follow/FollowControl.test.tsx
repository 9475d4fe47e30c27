/**
 * Following a driver (issue 12), by role and name: the control (groups, order, clearing), the link it
 * makes and the history entry, the incidents it stars and greys on the timeline and in the list
 * (told in words, names unchanged, all still buttons), the race switch, bad links, no-spoilers mode.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';
import { dataset } from '../../data/load/bundledDataset';
import { incidentName } from '../../data/race';

const control = () => screen.getByRole('combobox', { name: 'Follow a driver' });
const list = () => within(screen.getByRole('region', { name: 'Incidents' }));
const chart = () => within(screen.getByRole('group', { name: /^Lap timeline/ }));
const address = () => window.location.pathname + window.location.search;
const NOTE = 'With Corey Heim, the driver you follow.';
const phoenix = dataset.races.get('phoenix-2023')!;

/** The options of a group of the select, as their text. */
function group(label: string): string[] {
  const optgroup = control().querySelector(`optgroup[label="${label}"]`);
  return optgroup ? [...optgroup.querySelectorAll('option')].map((o) => o.textContent ?? '') : [];
}

describe('Follow a driver: the control', () => {
  it('offers no one, then the drivers in incidents (most first, with their count), then every other entrant by surname', async () => {
    await renderApp('?race=phoenix-2023');
    const options = within(control()).getAllByRole('option');
    expect(options[0]).toHaveTextContent('No one (the full view)');
    expect(control()).toHaveValue('');
    expect(group('In incidents').slice(0, 4)).toEqual(['Corey Heim (10)', 'Ben Rhodes (7)', 'Carson Hocevar (6)', 'Grant Enfinger (5)']);
    expect(group('All other entrants').slice(0, 3)).toEqual(['Lawless Alan', 'Tyler Ankrum', 'Rajah Caruth']);
    expect(options).toHaveLength(1 + phoenix.drivers.length);
  });

  it('follows a driver: the address becomes the follow page, a history entry is pushed, Back returns to the full view', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=100');
    const entries = window.history.length;
    await user.selectOptions(control(), 'corey-heim');
    expect(store.getState().follow).toBe('corey-heim');
    await waitFor(() => expect(address()).toBe('/phoenix-2023/follow/corey-heim/?lap=100'));
    expect(window.history.length).toBe(entries + 1);
    await waitFor(() => expect(document.title).toBe('Following Corey Heim, lap 100 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline'));
    window.history.back();
    await waitFor(() => expect(store.getState().follow).toBeNull());
    expect(control()).toHaveValue('');
    expect(address()).toBe('/phoenix-2023/?lap=100');
  });

  it('clears with “Stop following”, which leaves the keyboard focus on the control', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('/phoenix-2023/follow/corey-heim/');
    expect(control()).toHaveValue('corey-heim');
    await user.click(screen.getByRole('button', { name: 'Stop following' }));
    expect(store.getState().follow).toBeNull();
    expect(control()).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Stop following' })).toBeNull();
    await waitFor(() => expect(address()).toBe('/phoenix-2023/'));
    // And choosing "No one" clears as well.
    await user.selectOptions(control(), 'ben-rhodes');
    await user.selectOptions(control(), '');
    expect(store.getState().follow).toBeNull();
  });

  it('in no-spoilers mode, counts and groups only the incidents up to the cursor', async () => {
    await renderApp('?race=phoenix-2023&lap=60&spoilers=hide&follow=carson-hocevar');
    expect(group('In incidents')).toEqual([]);
    expect(group('In incidents so far')).toEqual(['Corey Heim (2)', 'Ty Majeski (2)', 'Marco Andretti (1)', 'Chris Hacker (1)']);
    expect(group('All other entrants')).toContain('Carson Hocevar');
    expect(group('All other entrants')).not.toContain('Carson Hocevar (6)');
  });
});

describe('Follow a driver: what it marks', () => {
  it('stars the driver’s incidents in the list and on the timeline, told in words; the names stay, and every incident is still a link (list) or button (chart)', async () => {
    await renderApp('/phoenix-2023/follow/corey-heim/');
    for (const [where, role] of [
      [list(), 'link'],
      [chart(), 'button'],
    ] as const) {
      const buttons = where.getAllByRole(role, { name: /^Lap \d+: / });
      expect(buttons).toHaveLength(phoenix.events.length);
      const described = buttons.filter((b) => b.getAttribute('aria-describedby')?.split(' ').includes('followed-note'));
      expect(described.map((b) => b.getAttribute('aria-label'))).toEqual(
        phoenix.events.filter((e) => e.drivers.includes('corey-heim')).map(incidentName),
      );
      expect(described[0]).toHaveAccessibleDescription(NOTE);
    }
    expect(list().getByRole('link', { name: incidentName(phoenix.events.find((e) => e.id === 'drew-jones-crash')!) })).not.toHaveAccessibleDescription(NOTE);
  });

  it('a greyed incident is still selectable, from the chart and from the list', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('/phoenix-2023/follow/corey-heim/');
    await user.click(chart().getByRole('button', { name: /^Lap 101: / }));
    expect(store.getState()).toMatchObject({ event: 'drew-jones-crash', follow: 'corey-heim' });
    await waitFor(() => expect(address()).toBe('/phoenix-2023/drew-jones-crash/?follow=corey-heim'));
    await user.click(list().getByRole('link', { name: /^Lap 54: / }));
    expect(store.getState().event).toBe('andretti-hacker-crash');
  });

  it('marks nothing when nobody is followed', async () => {
    await renderApp('?race=phoenix-2023');
    expect(document.getElementById('followed-note')).toBeEmptyDOMElement();
    for (const b of chart().getAllByRole('button', { name: /^Lap \d+: / })) expect(b.getAttribute('aria-describedby') ?? '').not.toContain('followed-note');
    expect(screen.queryByRole('button', { name: 'Stop following' })).toBeNull();
  });

  it('names the driver in the legend and marks them “followed” in the title fight, the leaders and the results', async () => {
    await renderApp('/phoenix-2023/follow/corey-heim/');
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(/Corey Heim.*other drivers/);
    const record = within(screen.getByRole('region', { name: 'The full record' }));
    const titleRows = within(record.getByRole('region', { name: 'Title fight' })).getAllByRole('listitem').filter((li) => /followed/.test(li.textContent ?? ''));
    expect(titleRows.map((li) => li.textContent)).toEqual([expect.stringMatching(/^Laps 1–95: Corey Heim/), expect.stringMatching(/^Lap 119: Corey Heim/)]);
    const standings = record.getAllByRole('row').filter((row) => /followed/.test(row.textContent ?? ''));
    // Race night, the final standings, and the finishing order.
    expect(standings.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^3Corey Heim ★ followed/),
      expect.stringMatching(/^4 \(was 3\)Corey Heim ★ followed/),
      expect.stringMatching(/^18Corey Heim.* ★ followed/),
    ]);
    const leaders = within(record.getByRole('region', { name: 'Leaders' }));
    expect(leaders.getAllByText('followed')).toHaveLength(2);
  });
});

describe('Follow a driver: across races and bad links', () => {
  it('keeps following Heim into the other race, where he also raced', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('/phoenix-2023/follow/corey-heim/');
    const roval = within(screen.getByRole('navigation', { name: 'Races' })).getByRole('link', { name: /Roval/ });
    expect(roval).toHaveAttribute('href', '/roval-2025/follow/corey-heim/');
    await user.click(roval);
    expect(store.getState()).toMatchObject({ race: 'roval-2025', follow: 'corey-heim', notices: [] });
    await waitFor(() => expect(address()).toBe('/roval-2025/follow/corey-heim/'));
    expect(control()).toHaveValue('corey-heim');
  });

  it('stops following, and says so, when the driver did not race there', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('/phoenix-2023/follow/carson-hocevar/');
    const roval = within(screen.getByRole('navigation', { name: 'Races' })).getByRole('link', { name: /Roval/ });
    expect(roval).toHaveAttribute('href', '/roval-2025/');
    await user.click(roval);
    expect(store.getState().follow).toBeNull();
    expect(screen.getByRole('status', { name: 'Notices' })).toHaveTextContent('Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.');
  });

  it('explains a link that follows a driver not in the race, or an unknown id, and shows the full view', async () => {
    await renderApp('/roval-2025/follow/carson-hocevar/');
    expect(screen.getByRole('status', { name: 'Notices' })).toHaveTextContent('Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.');
    expect(control()).toHaveValue('');
    expect(address()).toBe('/roval-2025/');
  });

  it('explains an unknown id in the query form, repeating it as text', async () => {
    await renderApp('?race=phoenix-2023&follow=%3Cb%3Enobody%3C%2Fb%3E');
    expect(screen.getByRole('status', { name: 'Notices' })).toHaveTextContent('There is no driver “<b>nobody</b>”; no driver is followed.');
    expect(document.querySelector('.notices b')).toBeNull();
  });
});

describe('Follow a driver in a comparison', () => {
  /** On each timeline of the comparison, how many incidents are described as the followed driver's. */
  const ringed = () =>
    screen
      .getAllByRole('group', { name: /^Lap timeline of the / })
      .map((t) => within(t).getAllByRole('button', { name: /^Lap \d+: / }).filter((b) => b.getAttribute('aria-describedby')?.split(' ').includes('followed-note')).length);

  it('rings Heim’s incidents on both timelines (he raced both), and the link keeps him', async () => {
    await renderApp('/compare/phoenix-2023/roval-2025/?follow=corey-heim');
    await screen.findByRole('heading', { level: 2, name: 'Phoenix 2023 and Charlotte Roval 2025, side by side' });
    expect(ringed()).toEqual([10, 9]);
    expect(document.getElementById('followed-note')).toHaveTextContent(NOTE);
    await waitFor(() => expect(address()).toBe('/compare/phoenix-2023/roval-2025/?follow=corey-heim'));
  });

  it('goes along through the links between one race and the comparison, where the driver raced', async () => {
    await renderApp('/phoenix-2023/follow/carson-hocevar/');
    expect(screen.getByRole('link', { name: /^compare with / })).toHaveAttribute('href', '/compare/phoenix-2023/roval-2025/?follow=carson-hocevar');
    cleanup();
    await renderApp('/compare/phoenix-2023/roval-2025/?follow=carson-hocevar');
    const back = await screen.findByText(/^Back to one race/);
    expect(within(back).getByRole('link', { name: 'Phoenix 2023' })).toHaveAttribute('href', '/phoenix-2023/follow/carson-hocevar/');
    expect(within(back).getByRole('link', { name: 'Charlotte Roval 2025' })).toHaveAttribute('href', '/roval-2025/');
  });

  it('rings Hocevar only where he raced: Phoenix', async () => {
    await renderApp('/compare/phoenix-2023/roval-2025/?follow=carson-hocevar');
    await screen.findByRole('heading', { level: 2, name: 'Phoenix 2023 and Charlotte Roval 2025, side by side' });
    expect(ringed()).toEqual([6, 0]);
  });
});
