/**
 * The no-spoilers switch on its own: its checkbox shows whether what lies ahead of the cursor is
 * hidden, and ticking or unticking it turns no-spoilers mode on or off in the store.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset } from '../../data/load/bundledDataset';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import { SpoilerToggle } from './SpoilerToggle';

function renderToggle(hideAhead: boolean) {
  const store = createAppStore(dataset, { race: 'phoenix-2023', lap: 100, event: null, quote: null, hideAhead });
  render(
    <StoreProvider store={store} dataset={dataset}>
      <SpoilerToggle />
    </StoreProvider>,
  );
  return store;
}

const checkbox = () => screen.getByRole('checkbox', { name: 'Hide what happens after this lap' });

describe('SpoilerToggle', () => {
  it('is unticked while the whole race shows; ticking it hides what lies ahead, unticking shows it again', async () => {
    const user = userEvent.setup();
    const store = renderToggle(false);
    expect(checkbox()).not.toBeChecked();
    await user.click(checkbox());
    expect(store.getState().hideAhead).toBe(true);
    expect(checkbox()).toBeChecked();
    await user.click(checkbox());
    expect(store.getState().hideAhead).toBe(false);
    expect(checkbox()).not.toBeChecked();
  });

  it('is ticked in no-spoilers mode, and follows the store when the mode changes elsewhere', async () => {
    const user = userEvent.setup();
    const store = renderToggle(true);
    expect(checkbox()).toBeChecked();
    act(() => store.getState().setHideAhead(false));
    expect(checkbox()).not.toBeChecked();
    act(() => store.getState().setHideAhead(true));
    expect(checkbox()).toBeChecked();
    await user.click(checkbox());
    expect(store.getState().hideAhead).toBe(false);
  });
});
