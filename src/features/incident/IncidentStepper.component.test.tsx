/**
 * Previous and Next incident rendered alone: each selects the neighbour in lap order of the incident
 * selected (or of the cursor when none is), and at either end says it is unavailable and does nothing.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset } from '../../data/load/bundledDataset';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import type { View } from '../../state/view';
import { IncidentStepper } from './IncidentStepper';

const phoenix = dataset.races.get('phoenix-2023')!;
const ids = phoenix.events.map((e) => e.id);

function renderStepper(view: Partial<View>) {
  const store = createAppStore(dataset, { race: phoenix.id, lap: phoenix.lapsRun, event: null, quote: null, hideAhead: false, ...view });
  render(
    <StoreProvider store={store} dataset={dataset}>
      <IncidentStepper race={phoenix} />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

const previous = () => screen.getByRole('button', { name: 'Previous incident' });
const next = () => screen.getByRole('button', { name: 'Next incident' });

describe('IncidentStepper', () => {
  it('is a group of two buttons, Previous then Next', () => {
    renderStepper({ event: 'hocevar-spins-heim' });
    const group = screen.getByRole('group', { name: 'Step through incidents' });
    expect([...group.querySelectorAll('button')]).toEqual([previous(), next()]);
    expect(previous()).toHaveTextContent(/^← Previous incident$/);
    expect(next()).toHaveTextContent(/^Next incident →$/);
    for (const button of [previous(), next()]) expect(button).toHaveClass('button');
  });

  it('selects the incident before and after the one selected', async () => {
    const { store, user } = renderStepper({ event: 'overtime-1-spin' });
    expect(previous()).toHaveAttribute('aria-disabled', 'false');
    expect(next()).toHaveAttribute('aria-disabled', 'false');
    await user.click(next());
    expect(store.getState().event).toBe('kraus-out');
    await user.click(previous());
    await user.click(previous());
    expect(store.getState().event).toBe('heim-hocevar-second-contact');
  });

  it('at the first incident, offers no Previous, and pressing it does nothing', async () => {
    const { store, user } = renderStepper({ event: ids[0] });
    expect(previous()).toHaveAttribute('aria-disabled', 'true');
    expect(next()).toHaveAttribute('aria-disabled', 'false');
    await user.click(previous());
    expect(store.getState().event).toBe(ids[0]);
    await user.click(next());
    expect(store.getState().event).toBe(ids[1]);
    expect(previous()).toHaveAttribute('aria-disabled', 'false');
  });

  it('at the last incident, offers no Next, and pressing it does nothing', async () => {
    const { store, user } = renderStepper({ event: ids.at(-1) });
    expect(next()).toHaveAttribute('aria-disabled', 'true');
    expect(previous()).toHaveAttribute('aria-disabled', 'false');
    await user.click(next());
    expect(store.getState().event).toBe(ids.at(-1));
    await user.click(previous());
    expect(store.getState().event).toBe(ids.at(-2));
    expect(next()).toHaveAttribute('aria-disabled', 'false');
  });

  it('with nothing selected, steps from the cursor: Next to the first incident after it', async () => {
    const { store, user } = renderStepper({ lap: 120 });
    await user.click(next());
    expect(store.getState()).toMatchObject({ event: 'heim-pits-after-spin', lap: 121 });
  });

  it('with nothing selected, steps from the cursor: Previous to the last incident at or before it', async () => {
    const { store, user } = renderStepper({ lap: 120 });
    await user.click(previous());
    expect(store.getState()).toMatchObject({ event: 'hocevar-spins-heim', lap: 120 });
  });

  it('follows the cursor when nothing is selected: before the first incident, nothing is previous', async () => {
    const race = { ...phoenix, events: phoenix.events.filter((e) => e.lap >= 45) };
    const store = createAppStore(dataset, { race: phoenix.id, lap: 120, event: null, quote: null, hideAhead: false });
    render(
      <StoreProvider store={store} dataset={dataset}>
        <IncidentStepper race={race} />
      </StoreProvider>,
    );
    expect(previous()).toHaveAttribute('aria-disabled', 'false');
    act(() => store.getState().setLap(10));
    expect(previous()).toHaveAttribute('aria-disabled', 'true');
    expect(next()).toHaveAttribute('aria-disabled', 'false');
    await userEvent.setup().click(next());
    expect(store.getState().event).toBe('majeski-wins-stage-1');
  });
});
