import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../testing';

const region = () => screen.getByRole('status', { name: 'Announcements' });

describe('Announcer', () => {
  it('announces the incident a reader selects, politely', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=100');
    expect(region()).toHaveAttribute('aria-live', 'polite');
    expect(region()).toHaveTextContent(/^$/);
    await user.click(within(screen.getByRole('region', { name: 'Incidents' })).getByRole('link', { name: /^Lap 120: / }));
    expect(region()).toHaveTextContent(/^Selected: Lap 120: Hocevar spins Heim/);
  });

  it('announces Play starting, the incidents it passes without flooding (one announcement for several close together), and where it stopped', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=117');
    const writes: string[] = [];
    const observer = new MutationObserver(() => writes.push(region().textContent ?? ''));
    observer.observe(region(), { childList: true, characterData: true, subtree: true });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '16');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    // About a second at 16 laps/s crosses the incidents of laps 119 to 131.
    await act(() => new Promise((r) => setTimeout(r, 1100)));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    observer.disconnect();
    const stopped = store.getState().lap;
    expect(stopped).toBeGreaterThanOrEqual(131);
    // Two announcements in all: the start, then the latest incident passed, how many others, and the stop.
    expect(writes).toEqual([
      'Playing from lap 117, 16 laps a second.',
      expect.stringMatching(new RegExp(`^Lap 1[23]\\d: [^.]+, and \\d+ more incidents on the way\\. Paused at lap ${stopped}\\.$`)),
    ]);
  });

  it('says when Play reaches the finish', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=roval-2025&lap=64');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '16');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(region()).toHaveTextContent(/^Playing from lap 64, 16 laps a second\.$/);
    await waitFor(() => expect(store.getState().playing).toBe(false));
    expect(region()).toHaveTextContent(/Play reached the finish, lap 70\.$/);
  });

  it('names a stage or an overtime Play begins, when no incident is to be said', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=149');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '1');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    // Laps 150 to 156 have no incident; lap 151, two seconds on, is the first of overtime 1.
    await waitFor(() => expect(region()).toHaveTextContent(/^Lap 151: Overtime 1\.$/));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(region()).toHaveTextContent(/^Paused at lap 15\d\.$/);
  });

  it('says nothing while the reader scrubs past incidents', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=110');
    await user.click(screen.getByRole('slider', { name: 'Lap' }));
    for (let i = 0; i < 15; i++) await user.keyboard('{ArrowRight}');
    expect(region()).toHaveTextContent(/^$/);
  });
});
