import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../app/testing';

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

  it('announces the incidents Play reaches without flooding: one announcement for several close together', async () => {
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
    expect(store.getState().lap).toBeGreaterThanOrEqual(130);
    expect(writes).toEqual([expect.stringMatching(/^Lap 119: Heim passes Hocevar/)]);
  });

  it('says nothing while the reader scrubs past incidents', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=110');
    await user.click(screen.getByRole('slider', { name: 'Lap' }));
    for (let i = 0; i < 15; i++) await user.keyboard('{ArrowRight}');
    expect(region()).toHaveTextContent(/^$/);
  });
});
