/**
 * Previous and Next incident visit the incidents in lap order (the list's order) from the one
 * selected, or from the cursor when none is: every one of them, each once, in both directions.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';
import { dataset } from '../../data/load/bundledDataset';

const previous = () => screen.getByRole('button', { name: /Previous incident/ });
const next = () => screen.getByRole('button', { name: /Next incident/ });
const title = () => within(screen.getByRole('region', { name: 'Incident details' })).getByRole('heading', { level: 3 }).textContent;
const slider = () => screen.getByRole('slider', { name: 'Lap' });

describe('Previous and Next incident', () => {
  it.each([...dataset.races.keys()])('in %s, walk every incident in lap order, forwards then back', async (raceId) => {
    const user = userEvent.setup();
    const race = dataset.races.get(raceId)!;
    const first = race.events[0]!;
    const last = race.events.at(-1)!;
    await renderApp(`?race=${raceId}&event=${first.id}`);
    expect(previous()).toHaveAttribute('aria-disabled', 'true');
    const forwards = [title()];
    while (next().getAttribute('aria-disabled') !== 'true' && forwards.length <= race.events.length) {
      await user.click(next());
      forwards.push(title());
      expect(slider()).toHaveValue(String(race.events[forwards.length - 1]!.lap));
    }
    expect(forwards).toEqual(race.events.map((e) => e.title));
    expect(title()).toBe(last.title);
    expect(previous()).toHaveAttribute('aria-disabled', 'false');
    const backwards = [title()];
    while (previous().getAttribute('aria-disabled') !== 'true' && backwards.length <= race.events.length) {
      await user.click(previous());
      backwards.push(title());
    }
    expect(backwards).toEqual(race.events.map((e) => e.title).reverse());
    expect(next()).toHaveAttribute('aria-disabled', 'false');
  }, 60_000); // dozens of clicks, each re-rendering the whole app

  it('steps to the very next incident on the same lap, not over it', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&event=overtime-1-spin');
    await user.click(next());
    expect(title()).toBe('Kraus eliminated');
    await user.click(previous());
    await user.click(previous());
    expect(title()).toBe('Heim turns into Hocevar');
  });

  it('with nothing selected, steps from the cursor: Next to the first incident after it, Previous to the last one at or before it', async () => {
    const user = userEvent.setup();
    const phoenix = dataset.races.get('phoenix-2023')!;
    const after = phoenix.events.find((e) => e.lap > 120)!;
    const atOrBefore = phoenix.events.filter((e) => e.lap <= 120).at(-1)!;
    expect([after.id, atOrBefore.id]).toEqual(['heim-pits-after-spin', 'hocevar-spins-heim']);

    const { unmount } = await renderApp('?race=phoenix-2023&lap=120');
    await user.click(next());
    expect(title()).toBe(after.title);
    expect(slider()).toHaveValue('121');
    unmount();

    await renderApp('?race=phoenix-2023&lap=120');
    await user.click(previous());
    expect(title()).toBe(atOrBefore.title);
    expect(slider()).toHaveValue('120');
  });
});
