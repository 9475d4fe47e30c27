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

  it('in no-spoilers mode copies the spoiler-free page, naming no incident ahead of the cursor (QA 4)', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&event=rhodes-wins-title&spoilers=show');
    // The title incident selected, then no spoilers, then back to the start: the incident is ahead now.
    await user.click(screen.getByRole('checkbox', { name: 'Hide what happens after this lap' }));
    await user.click(screen.getByRole('slider', { name: 'Lap' }));
    await user.keyboard('{Home}');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = await navigator.clipboard.readText();
    // Lap 1 is where the spoiler-free page opens, so the address needs no lap.
    expect(copied).toBe(`${window.location.origin}/phoenix-2023/no-spoilers/`);
    expect(copied).not.toMatch(/rhodes|event=/);
  });
});

