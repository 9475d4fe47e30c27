import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';

const timeline = () => within(screen.getByRole('region', { name: 'Timeline' }));
const zoomGroup = () => within(timeline().getByRole('group', { name: 'Zoom' }));
const chartName = () => screen.getByRole('group', { name: /^Lap timeline/ }).getAttribute('aria-label');

describe('TimelineControls', () => {
  it('zooms in, out, to the final laps and back, keeping the zoom in the link', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=120');
    expect(zoomGroup().getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');
    expect(zoomGroup().getByRole('button', { name: 'Reset zoom' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(zoomGroup().getByRole('button', { name: 'Final laps' }));
    expect(store.getState().zoom).toEqual([120, 179]);
    expect(zoomGroup().getByRole('button', { name: 'Final laps' })).toHaveAttribute('aria-pressed', 'true');
    expect(zoomGroup().getByText('Laps 120–179 of 179')).toBeInTheDocument();
    expect(chartName()).toMatch(/laps 120 to 179 of 179/);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('zoom')).toBe('120-179'));

    await user.click(zoomGroup().getByRole('button', { name: 'Zoom in' }));
    const [from, to] = store.getState().zoom!;
    expect(to - from).toBeLessThan(59);
    expect(from <= 120 && to >= 120).toBe(true);
    expect(zoomGroup().getByRole('button', { name: 'Final laps' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(zoomGroup().getByRole('button', { name: 'Zoom out' }));
    await user.click(zoomGroup().getByRole('button', { name: 'Reset zoom' }));
    expect(store.getState().zoom).toBeNull();
    expect(chartName()).toMatch(/laps 1 to 179$/);
    await waitFor(() => expect(new URLSearchParams(window.location.search).has('zoom')).toBe(false));
  });

  it('groups the lanes by driver and back, in the link', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=179');
    const groupBy = timeline().getByRole('combobox', { name: 'Group by' });
    expect(groupBy).toHaveValue('kind');
    await user.selectOptions(groupBy, 'driver');
    expect(store.getState().lanes).toBe('driver');
    expect(within(screen.getByRole('group', { name: /^Lap timeline/ })).getByText('Ben Rhodes')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(/contact & crashes/);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('lanes')).toBe('driver'));
    await user.selectOptions(groupBy, 'kind');
    expect(within(screen.getByRole('group', { name: /^Lap timeline/ })).getByText('Contact & crashes')).toBeInTheDocument();
  });

  it('opens a link with a zoom and driver lanes as it was shared', async () => {
    await renderApp('?race=phoenix-2023&lap=150&zoom=150-179&lanes=driver');
    expect(timeline().getByRole('combobox', { name: 'Group by' })).toHaveValue('driver');
    expect(chartName()).toMatch(/laps 150 to 179/);
  });

  it('says so when a zoom in a link cannot be used', async () => {
    await renderApp('?race=roval-2025&zoom=soon');
    expect(screen.getByRole('status', { name: 'Notices' })).toHaveTextContent('The zoom “soon” is not a lap window');
    expect(chartName()).toMatch(/laps 1 to 70$/);
  });

  it('offers both downloads', async () => {
    await renderApp('?race=roval-2025');
    const downloads = within(timeline().getByRole('group', { name: 'Download' }));
    expect(downloads.getByRole('button', { name: 'Download SVG' })).toBeEnabled();
    expect(downloads.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  });
});
