/**
 * The "Follow a driver" control on its own, in a store over the shipped races: its options, groups
 * and their order (counts only up to a no-spoilers cursor), what choosing sets in the store, the
 * "Stop following" button and the status sentence, shown only while a driver is followed.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset } from '../../data/load/bundledDataset';
import type { Race } from '../../data/schema';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import type { View } from '../../state/view';
import { FollowControl } from './FollowControl';

const phoenix = dataset.races.get('phoenix-2023')!;

function renderControl(view: Partial<View> = {}, race: Race = phoenix) {
  const store = createAppStore(dataset, { race: phoenix.id, lap: 179, event: null, quote: null, hideAhead: false, ...view });
  const { container } = render(
    <StoreProvider store={store} dataset={dataset}>
      <FollowControl race={race} />
    </StoreProvider>,
  );
  return { store, container };
}

const control = () => screen.getByRole('combobox', { name: 'Follow a driver' });

/** The select's children in order: a lone option as its text, a group as its label and its options' texts. */
function structure(): (string | { label: string; options: string[] })[] {
  return [...control().children].map((child) =>
    child instanceof HTMLOptGroupElement ? { label: child.label, options: [...child.querySelectorAll('option')].map((o) => o.textContent ?? '') } : (child.textContent ?? ''),
  );
}

const STATUS = /incidents are ringed on the chart/;

const ALL_INVOLVED = [
  'Corey Heim (10)',
  'Ben Rhodes (7)',
  'Carson Hocevar (6)',
  'Grant Enfinger (5)',
  'Zane Smith (5)',
  'Ty Majeski (3)',
  'Christian Eckes (2)',
  'Derek Kraus (2)',
  'Marco Andretti (1)',
  'Matt Crafton (1)',
  'Bayley Currey (1)',
  'Jake Drew (1)',
  'Daniel Dye (1)',
  'Stewart Friesen (1)',
  'Jake Garcia (1)',
  'Taylor Gray (1)',
  'Chris Hacker (1)',
  'Tyler Hill (1)',
  'Sean Hingorani (1)',
  'Conner Jones (1)',
  'Jesse Love (1)',
  'Stefan Parsons (1)',
  'Chase Purdy (1)',
  'Nick Sanchez (1)',
  'Jack Wood (1)',
];
const ALL_OTHERS = ['Lawless Alan', 'Tyler Ankrum', 'Rajah Caruth', 'Spencer Davis', 'Hailie Deegan', 'Tanner Gray', 'Kaden Honeycutt', 'Colby Howard', 'Nick Leitz', 'Christian Rose', 'Dean Thompson'];

describe('FollowControl: the options', () => {
  it('offers no one, then the drivers in incidents (most first, with counts), then every other entrant by surname (no count)', () => {
    renderControl();
    expect(structure()).toEqual(['No one (the full view)', { label: 'In incidents', options: ALL_INVOLVED }, { label: 'All other entrants', options: ALL_OTHERS }]);
    const options = within(control()).getAllByRole('option');
    expect(options).toHaveLength(1 + phoenix.drivers.length);
    expect(options[0]).toHaveValue('');
    expect(options[1]).toHaveValue('corey-heim');
    expect(options.at(-1)).toHaveValue('dean-thompson');
    expect(control()).toHaveValue('');
  });

  it('in no-spoilers mode, counts and groups only the incidents up to the cursor, under “In incidents so far”', () => {
    renderControl({ lap: 60, hideAhead: true });
    const [none, involved, others] = structure();
    expect(none).toBe('No one (the full view)');
    expect(involved).toEqual({ label: 'In incidents so far', options: ['Corey Heim (2)', 'Ty Majeski (2)', 'Marco Andretti (1)', 'Chris Hacker (1)'] });
    expect(others).toMatchObject({ label: 'All other entrants' });
    const otherNames = (others as { options: string[] }).options;
    expect(otherNames.slice(0, 4)).toEqual(['Lawless Alan', 'Tyler Ankrum', 'Rajah Caruth', 'Matt Crafton']);
    expect(otherNames).toContain('Carson Hocevar');
    expect(otherNames).toHaveLength(phoenix.drivers.length - 4);
  });

  it('still says “so far” a lap before the last incidents, and “In incidents” once the cursor reaches them', () => {
    const { store } = renderControl({ lap: 178, hideAhead: true });
    expect(structure()[1]).toMatchObject({ label: 'In incidents so far' });
    expect((structure()[1] as { options: string[] }).options.slice(0, 3)).toEqual(['Corey Heim (9)', 'Ben Rhodes (6)', 'Carson Hocevar (5)']);
    // Moving the cursor to the finish counts the last two incidents too.
    act(() => store.getState().setLap(179));
    expect(structure()).toEqual(['No one (the full view)', { label: 'In incidents', options: ALL_INVOLVED }, { label: 'All other entrants', options: ALL_OTHERS }]);
  });

  it('with nobody in an incident yet (no-spoilers, lap 1, no incident on lap 1), has one group: “All entrants”, by surname', () => {
    const later = { ...phoenix, events: phoenix.events.filter((e) => e.lap > 1) };
    renderControl({ lap: 1, hideAhead: true }, later);
    const [none, all, ...rest] = structure();
    expect(none).toBe('No one (the full view)');
    expect(rest).toEqual([]);
    expect(all).toMatchObject({ label: 'All entrants' });
    const names = (all as { options: string[] }).options;
    expect(names).toHaveLength(phoenix.drivers.length);
    expect(names.slice(0, 4)).toEqual(['Lawless Alan', 'Marco Andretti', 'Tyler Ankrum', 'Rajah Caruth']);
    expect(names.every((n) => !/\(/.test(n))).toBe(true);
  });
});

describe('FollowControl: choosing', () => {
  it('choosing a driver follows them; the control shows them, with “Stop following” and the status sentence', async () => {
    const user = userEvent.setup();
    const { store, container } = renderControl();
    expect(screen.queryByRole('button', { name: 'Stop following' })).not.toBeInTheDocument();
    expect(screen.queryByText(STATUS)).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveClass('follow', { exact: true });
    await user.selectOptions(control(), 'ben-rhodes');
    expect(store.getState().follow).toBe('ben-rhodes');
    expect(control()).toHaveValue('ben-rhodes');
    expect(screen.getByRole('button', { name: 'Stop following' })).toBeInTheDocument();
    expect(container.querySelector('p')).toHaveTextContent(/^Ben Rhodes’s incidents are ringed on the chart and starred \(★\) in the list; the others are greyed\.$/);
    expect(container.firstElementChild).toHaveClass('follow follow--on', { exact: true });
  });

  it('“No one (the full view)” stops following', async () => {
    const user = userEvent.setup();
    const { store } = renderControl({ follow: 'corey-heim' });
    expect(control()).toHaveValue('corey-heim');
    await user.selectOptions(control(), '');
    expect(store.getState().follow).toBeNull();
    expect(control()).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Stop following' })).not.toBeInTheDocument();
    expect(screen.queryByText(STATUS)).not.toBeInTheDocument();
  });

  it('“Stop following” clears the choice and leaves the keyboard focus on the control', async () => {
    const user = userEvent.setup();
    const { store } = renderControl({ follow: 'carson-hocevar' });
    expect(screen.getByText(STATUS)).toHaveTextContent('Carson Hocevar’s incidents are ringed');
    const stop = screen.getByRole('button', { name: 'Stop following' });
    expect(stop).toHaveAttribute('type', 'button');
    await user.click(stop);
    expect(store.getState().follow).toBeNull();
    expect(control()).toHaveFocus();
    expect(control()).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Stop following' })).not.toBeInTheDocument();
    expect(screen.queryByText(STATUS)).not.toBeInTheDocument();
  });

  it('a followed id the race does not have shows the full view: no one chosen, no button, no sentence', () => {
    renderControl({ follow: 'connor-zilisch' });
    expect(control()).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Stop following' })).not.toBeInTheDocument();
    expect(screen.queryByText(STATUS)).not.toBeInTheDocument();
  });
});
