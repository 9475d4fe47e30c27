import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../testing';

/** Everything the page says, as one string (what a reader or a screen reader could come across). */
const pageText = () => document.body.textContent ?? '';

describe('No spoilers means none', () => {
  it('does not select an incident a no-spoilers link names after its lap, says so without naming it, and leaks it nowhere', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=100&event=rhodes-wins-title&spoilers=hide');
    expect(store.getState()).toMatchObject({ lap: 100, event: null, hideAhead: true });
    expect(screen.getByText('The link selects an incident after lap 100; with what happens after the cursor hidden, it is not shown.')).toBeInTheDocument();
    const details = within(screen.getByRole('region', { name: 'Incident details' }));
    expect(details.getByText(/No incident selected/)).toBeInTheDocument();
    for (const leak of ['Rhodes takes the title', 'by a single point', 'Scott Zipadelli', 'Ben Rhodes4032', 'NASCAR penalises Heim', 'rhodes-wins-title']) {
      expect(pageText()).not.toContain(leak);
    }
    expect(window.location.href).not.toContain('rhodes-wins-title');
    // Nor how many incidents are still to come.
    const atLap = within(screen.getByRole('region', { name: 'At this lap' }));
    expect(atLap.getByText(/^Incidents so far$/).nextElementSibling?.textContent).toMatch(/^6 · latest: Lap 95/);
    // Reaching its lap shows it in the chart and lists, but selects nothing the reader did not choose.
    await user.click(screen.getByRole('slider', { name: 'Lap' }));
    // End goes as far as the reader may know the race: the scheduled distance, then a lap at a time.
    while (store.getState().lap < 179) await user.keyboard('{End}');
    expect(store.getState().event).toBeNull();
    expect(pageText()).toContain('Rhodes takes the title');
  });

  it('gives the race length away by no scale: the slider, the chart and the zoom end at the scheduled distance, then a lap past the cursor', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('/phoenix-2023/no-spoilers/?lap=60');
    const slider = screen.getByRole('slider', { name: 'Lap' });
    const chart = () => screen.getByRole('group', { name: /^Lap timeline of the 2023 Craftsman 150/ });
    const axis = () => [...chart().querySelectorAll('text')].map((t) => t.textContent).filter((t) => /^\d+$/.test(t ?? '')).map(Number);
    expect(slider).toHaveAttribute('max', '150');
    // The ticks of a 150-lap axis (every 20 laps at this width), none past it.
    expect(Math.max(...axis())).toBe(140);
    // The preset "Final laps" is the last third of the 150 known laps, and its status says no more.
    await user.click(screen.getByRole('button', { name: 'Final laps' }));
    expect(store.getState().zoom).toEqual([101, 150]);
    expect(screen.getByText(/^Laps 101–150$/)).toBeInTheDocument();
    expect(pageText()).not.toMatch(/179|of 178|OT ×4/);
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    // Past the scheduled distance the next lap is always reachable, and no more than that.
    slider.focus();
    await user.keyboard('{End}');
    expect(store.getState().lap).toBe(150);
    expect(slider).toHaveAttribute('max', '151');
    await user.keyboard('{End}{End}');
    expect(store.getState().lap).toBe(152);
    expect(slider).toHaveAttribute('max', '153');
    expect(Math.max(...axis())).toBeLessThan(179);
    // With spoilers shown, the whole race.
    await user.click(screen.getByRole('checkbox', { name: /Hide what happens after this lap/ }));
    expect(slider).toHaveAttribute('max', '179');
    expect(Math.max(...axis())).toBe(160);
  });

  it('drops a selected incident once the cursor moves before it, from the address, the title and the live region too', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('/phoenix-2023/rhodes-wins-title/');
    await user.click(screen.getByRole('checkbox', { name: /Hide what happens after this lap/ }));
    expect(store.getState()).toMatchObject({ event: 'rhodes-wins-title', hideAhead: true, lap: 179 });
    const live = screen.getByRole('status', { name: 'Announcements' });
    // Select it again so the live region says it (as a reader who clicked it would have heard).
    act(() => {
      store.getState().selectEvent(null);
      store.getState().selectEvent('rhodes-wins-title');
    });
    expect(live).toHaveTextContent('Selected: Lap 179: Rhodes takes the title');
    const slider = screen.getByRole('slider', { name: 'Lap' });
    slider.focus();
    await user.keyboard('{Home}');
    expect(store.getState()).toMatchObject({ lap: 1, event: null });
    expect(live).toHaveTextContent(/^$/);
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/phoenix-2023/no-spoilers/'));
    await waitFor(() => expect(document.title).not.toMatch(/Rhodes|179/));
    expect(pageText()).not.toContain('Rhodes takes the title');
  });

  it('shows the same incident in full when spoilers are not hidden', async () => {
    await renderApp('?race=phoenix-2023&lap=100&event=rhodes-wins-title');
    const details = within(screen.getByRole('region', { name: 'Incident details' }));
    expect(details.getByRole('heading', { level: 3 })).toHaveTextContent('Rhodes takes the title by one point');
    expect(within(screen.getByRole('region', { name: 'At this lap' })).getByText(/^\d+ of 24/)).toBeInTheDocument();
  });
});
