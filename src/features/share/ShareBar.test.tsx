import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';

describe('ShareBar', () => {
  it('copies the link to exactly what is on screen', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=120');
    await user.click(within(screen.getByRole('region', { name: 'Incidents' })).getByRole('link', { name: /^Lap 120: Hocevar spins Heim/ }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/phoenix-2023/hocevar-spins-heim/`);
    expect(screen.getByText('Link copied.')).toBeInTheDocument();
  });
});
