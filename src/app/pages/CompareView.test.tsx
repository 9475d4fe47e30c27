import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { renderApp } from '../testing';

const PAIR = '?compare=phoenix-2023,roval-2025';
const slider = () => screen.getByRole('slider', { name: 'Both races' });
const timelines = () => screen.getAllByRole('group', { name: /^Lap timeline of the / });
const details = () => within(screen.getByRole('region', { name: 'Incident details' }));

describe('Comparing two races', () => {
  it('stacks both timelines, first race first, with one slider that says where each race is', async () => {
    await renderApp(`${PAIR}&at=80`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Phoenix 2023 and Charlotte Roval 2025, side by side' })).toBeInTheDocument();
    expect(timelines().map((t) => t.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Lap timeline of the 2023 Craftsman 150/),
      expect.stringMatching(/^Lap timeline of the 2025 EcoSave 250/),
    ]);
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70; cursor at 80% of the scheduled distance');
    // One race's slider is not offered as well.
    expect(screen.queryByRole('slider', { name: 'Lap' })).toBeNull();
  });

  it('moves both races with the keyboard, a lap end of one or the other per step', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp(`${PAIR}&at=80`);
    slider().focus();
    await user.keyboard('{ArrowRight}');
    // Next lap end after 80%: the Roval's lap 54 (80.6%) comes before Phoenix's 121 (80.67%).
    expect(slider()).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 54 of 70;/));
    await user.keyboard('{ArrowRight}');
    expect(slider()).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 54 of 70;/));
    expect(store.getState().compare?.at).toBeCloseTo(121 / 150, 12);
  });

  it('renders nothing in React for a step of the shared slider: the slider and its numbers follow the store, the panels a frame later', async () => {
    let commits = 0;
    await renderApp(`${PAIR}&at=80`, { wrap: (app) => <Profiler id="app" onRender={() => commits++}>{app}</Profiler> });
    const at = within(screen.getByRole('region', { name: 'At this point' }));
    expect(at.getByText(/^Lap 53 of 70/)).toBeInTheDocument();
    const before = commits;
    const index = Number((slider() as HTMLInputElement).value);
    // Two key presses, each dispatched and handled synchronously (inside act): any render in a step would commit here.
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(commits - before).toBe(0);
    expect(slider()).toHaveValue(String(index + 2));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 54 of 70; cursor at 80.67% of the scheduled distance');
    // The numbers shown beside it for the eye, rewritten in place.
    const shown = slider().closest('.compare-slider')!.querySelector('[aria-hidden="true"]')!;
    expect(shown.textContent).toBe('Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 54 of 70 · cursor at 80.67% of the scheduled distance');
    // The panel that says where each race is follows a frame later.
    await waitFor(() => expect(at.getByText(/^Lap 54 of 70/)).toBeInTheDocument());
    expect(at.getByText(/^Lap 121 of 179/)).toBeInTheDocument();
  });

  it('selects the 2023 spin in the compare view and shows the 2025 crew chief speaking of it', async () => {
    const user = userEvent.setup();
    await renderApp(`${PAIR}&at=10`);
    const meet = within(screen.getByRole('region', { name: 'Where the races meet' }));
    await user.click(meet.getAllByRole('button', { name: /^Lap 120: Hocevar spins Heim/ })[0]!);
    expect(details().getByRole('heading', { name: 'Hocevar spins Heim' })).toBeInTheDocument();
    expect(screen.getByText(/Incident details from/)).toHaveTextContent('Incident details from 2023 Craftsman 150');
    expect(details().getAllByRole('blockquote').some((q) => q.textContent?.includes('Carson Hocevar would have never wrecked us'))).toBe(true);
    expect(slider()).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Phoenix 2023 lap 120 of 179/));
  });

  it('selects an incident of the second race from its own timeline, naming that race', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp(PAIR);
    const roval = within(timelines()[1]!);
    await user.click(roval.getByRole('button', { name: /^Lap 1: First-lap crash/ }));
    expect(store.getState().race).toBe('roval-2025');
    expect(screen.getByText(/Incident details from/)).toHaveTextContent('Incident details from 2025 EcoSave 250');
    // Only the Roval's marker is selected; the Phoenix timeline has none.
    expect(within(timelines()[0]!).queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(roval.getAllByRole('button', { pressed: true }).map((b) => b.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^Lap 1: /)]);
  });

  it('lines the races up by laps to go, keeping the current race at its lap, and goes back to one race', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp(`${PAIR}&at=80`);
    await user.click(screen.getByRole('radio', { name: 'Laps to go' }));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 11 of 70; 59 laps to go');
    await user.click(screen.getByRole('link', { name: 'Phoenix 2023' }));
    expect(store.getState().compare).toBeNull();
    expect(screen.getByRole('slider', { name: 'Lap' })).toHaveValue('120');
  });

  it('goes back to the other race at the lap it was on here, as its link says', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp(`${PAIR}&at=80&event=hocevar-spins-heim`);
    const link = screen.getByRole('link', { name: 'Charlotte Roval 2025' });
    expect(link).toHaveAttribute('href', '/roval-2025/?lap=53');
    await user.click(link);
    expect(store.getState().compare).toBeNull();
    expect([store.getState().race, store.getState().event]).toEqual(['roval-2025', null]);
    expect(screen.getByRole('slider', { name: 'Lap' })).toHaveValue('53');
  });

  it('is reachable from one race: a link to the comparison that opens it in place', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=roval-2025&event=calamity-corner-crash');
    const link = screen.getByRole('link', { name: 'compare with Phoenix 2023' });
    expect(link).toHaveAttribute('href', '/compare/phoenix-2023/roval-2025/?race=roval-2025&event=calamity-corner-crash');
    await user.click(link);
    expect(store.getState().compare?.races).toEqual(['phoenix-2023', 'roval-2025']);
    expect(await screen.findByRole('slider', { name: 'Both races' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/Charlotte Roval 2025 lap 1 of 70;/));
  });

  it('links to the comparison where a click takes the reader: the cursor where it is now, once they point at it', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=roval-2025');
    const link = screen.getByRole('link', { name: 'compare with Phoenix 2023' });
    await user.click(screen.getByRole('slider', { name: 'Lap' }));
    await user.keyboard('{Home}');
    expect(store.getState().lap).toBe(1);
    await user.hover(link);
    // Roval lap 1 is 1/67 of its distance: the comparison opens there, on the Roval (not at the finish).
    const href = new URL(link.getAttribute('href')!, window.location.href);
    expect(href.pathname).toBe('/compare/phoenix-2023/roval-2025/');
    expect(Object.fromEntries(href.searchParams)).toEqual({ race: 'roval-2025', at: '1.49' });
    await user.click(link);
    expect(store.getState().compare?.at).toBe(1 / 67);
  });
});
