import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../testing';

/** Focus never falls to <body> when a control becomes unavailable or goes away. */
describe('focus stays in the page', () => {
  it('Next incident at the last incident keeps the focus, marked unavailable, and does nothing', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=roval-2025&event=heim-wins-10th');
    const next = screen.getByRole('button', { name: /Next incident/ });
    await user.click(screen.getByRole('button', { name: /Previous incident/ }));
    await user.click(next);
    await user.click(next); // now at the last incident
    const last = store.getState().event;
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(store.getState().event).toBe(last);
    expect(document.activeElement).toBe(next);
  });

  it('Zoom in pressed until the deepest zoom, and Reset zoom, keep the focus', async () => {
    const user = userEvent.setup();
    await renderApp('?race=roval-2025');
    const zoom = within(screen.getByRole('group', { name: 'Zoom' }));
    const zoomIn = zoom.getByRole('button', { name: 'Zoom in' });
    zoomIn.focus();
    for (let i = 0; i < 8; i++) await user.keyboard('{Enter}');
    expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(zoomIn);
    const reset = zoom.getByRole('button', { name: 'Reset zoom' });
    reset.focus();
    await user.keyboard('{Enter}');
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(reset);
  });

  it('dismissing the link notice moves the focus to the race heading, not the body', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=nope');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Part of this link could not be used/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '2023 Craftsman 150' }));
  });
});
