/**
 * A prerendered page in the browser: the markup the build writes (prerender.tsx), hydrated from the
 * data block it carries, which holds the page's own race only. Opening the other race (a click, a
 * link) fetches that race's file; a file that does not arrive says so, with Retry, and the page keeps
 * working.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Root } from 'react-dom/client';
import { dataset } from '../data/load/bundledDataset';
import { raceFile } from '../data/load/embeddedDataset';
import { hydratePage } from './hydratePage';
import { embeddedPayload, renderPage, type PageId } from './prerender';

const FILES = { 'phoenix-2023': 'data/phoenix-2023-0123456789.json', 'roval-2025': 'data/roval-2025-abcdef0123.json' };
const ROVAL_URL = new URL(`/${FILES['roval-2025']}`, window.location.href).href;
/** The file the build writes for a race, by its URL. */
const served = new Map(Object.entries(FILES).map(([id, path]) => [new URL(`/${path}`, window.location.href).href, () => JSON.stringify(raceFile(dataset.entries.find((e) => e.id === id)!))]));

let mounted: { root: Root; container: HTMLElement } | null = null;
let recoverable: unknown[] = [];
afterEach(() => {
  if (mounted) act(() => mounted!.root.unmount());
  mounted?.container.remove();
  mounted = null;
  // A hydration mismatch is a recoverable error: there must be none.
  expect(recoverable).toEqual([]);
  recoverable = [];
});

/** Serves the race files the build writes; `online` false makes every fetch fail as offline does. */
function network() {
  // A browser has IntersectionObserver (the page's below-the-fold parts wait for it); jsdom has none.
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  const state = { online: true };
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const file = served.get(String(input));
    return file ? new Response(file()) : new Response('not here', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { state, fetch };
}

/** Writes the page as the build does, opens it at `address` and hydrates it as main.tsx does. */
async function openPage(page: PageId, address = '/') {
  const rendered = await renderPage(page, '/');
  // The page's markup, parsed as the browser parses the page the build wrote.
  const container = document.adoptNode(new DOMParser().parseFromString(`<div id="root">${rendered.html}</div>`, 'text/html').getElementById('root')!);
  document.body.append(container);
  window.history.replaceState(null, '', address);
  const openedAt = { pathname: window.location.pathname, search: window.location.search };
  const carried = page.compare ?? [page.raceId];
  const block = JSON.stringify(embeddedPayload(rendered.view, carried, FILES));
  // The data block holds the page's own race only (both, for a comparison), and says where the others are.
  expect(JSON.parse(block).data.entries.filter((e: { race?: unknown }) => e.race).map((e: { id: string }) => e.id)).toEqual(carried);
  await act(async () => {
    const root = await hydratePage(container, block, openedAt, { embedded: false, rootOptions: { onRecoverableError: (error) => recoverable.push(error) } });
    mounted = { root, container };
  });
  return container;
}

const slider = () => screen.getByRole('slider', { name: 'Lap' });
const raceLink = (name: RegExp) => within(screen.getByRole('navigation', { name: 'Races' })).getByRole('link', { name });

describe('a prerendered page', () => {
  it('lists the race it does not carry as a link like any other, and fetches it only when the reader opens it', async () => {
    const user = userEvent.setup();
    const { fetch } = network();
    await openPage({ raceId: 'phoenix-2023', eventId: null });
    expect(slider()).toHaveAttribute('max', '179');
    expect(raceLink(/^Charlotte Roval 2025/)).toHaveAttribute('href', '/roval-2025/');
    expect(fetch).not.toHaveBeenCalled();
    await user.click(raceLink(/^Charlotte Roval 2025/));
    expect(await screen.findByRole('heading', { level: 2, name: dataset.races.get('roval-2025')!.name })).toBeInTheDocument();
    expect(slider()).toHaveAttribute('max', '70');
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([ROVAL_URL]);
    expect(window.location.pathname).toBe('/roval-2025/');
    // And back: the page's own race needs nothing fetched.
    await user.click(raceLink(/^Phoenix 2023/));
    expect(slider()).toHaveAttribute('max', '179');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fetches the other race as soon as the pointer is over its link, ahead of the click', async () => {
    const user = userEvent.setup();
    const { fetch } = network();
    await openPage({ raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' });
    await user.hover(raceLink(/^Charlotte Roval 2025/));
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([ROVAL_URL]);
  });

  it('opens the comparison from a race page, fetching the other race, and shows both races', async () => {
    const user = userEvent.setup();
    const { fetch } = network();
    await openPage({ raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' }, '/phoenix-2023/hocevar-spins-heim/');
    const link = screen.getByRole('link', { name: 'compare with Charlotte Roval 2025' });
    expect(link).toHaveAttribute('href', '/compare/phoenix-2023/roval-2025/?event=hocevar-spins-heim');
    await user.click(link);
    const both = await screen.findByRole('slider', { name: 'Both races' });
    expect(both).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70;/));
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([ROVAL_URL]);
    expect(window.location.pathname).toBe('/compare/phoenix-2023/roval-2025/');
  });

  it('opens a comparison link on a page that carries one of its races, once the other is fetched', async () => {
    network();
    await openPage({ raceId: 'roval-2025', eventId: null }, '/?compare=phoenix-2023,roval-2025&at=80');
    expect(await screen.findByRole('slider', { name: 'Both races' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Phoenix 2023 lap 120 of 179/));
  });

  it('opens a link into the race it does not carry on that race, at the lap asked for, once fetched', async () => {
    network();
    await openPage({ raceId: 'phoenix-2023', eventId: null }, '/?race=roval-2025&lap=40');
    expect(await screen.findByRole('heading', { level: 2, name: dataset.races.get('roval-2025')!.name })).toBeInTheDocument();
    expect(slider()).toHaveValue('40');
    expect(slider()).toHaveAttribute('max', '70');
  });

  it('offline, says the race did not arrive, with Retry; the page’s own race keeps working; Retry brings it when back online', async () => {
    const user = userEvent.setup();
    const { state } = network();
    state.online = false;
    await openPage({ raceId: 'roval-2025', eventId: null });
    await user.click(raceLink(/^Phoenix 2023/));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This race could not be loaded');
    expect(alert).toHaveTextContent(/The data for phoenix-2023 did not arrive/);
    expect(alert).toHaveTextContent('could not be loaded (Failed to fetch)');
    // Still listed by name, and the page's own race opens at once.
    await user.click(raceLink(/^Charlotte Roval 2025/));
    expect(slider()).toHaveAttribute('max', '70');
    await user.click(raceLink(/^Phoenix 2023/));
    state.online = true;
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 2, name: dataset.races.get('phoenix-2023')!.name })).toBeInTheDocument();
    expect(slider()).toHaveAttribute('max', '179');
  });
});
