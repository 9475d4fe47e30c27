/**
 * A prerendered page's other races, fetched when opened: the file the build wrote arrives and the
 * race is whole; a file that does not arrive is an error with Retry that keeps what the page knows
 * of the race; a wrong file is said to be wrong.
 */
import { dataset } from './bundledDataset';
import type { Dataset } from './dataset';
import { pageDataset, raceFile } from './embeddedDataset';
import { formatDataError } from './errors';
import { fetchRacesOnDemand } from './fetchRace';

const URL_OF = { 'roval-2025': 'http://localhost/data/roval-2025-abc.json' };
const rovalFile = () => JSON.stringify(raceFile(dataset.entries.find((e) => e.id === 'roval-2025')!));
const roval = (d: Dataset) => d.entries.find((e) => e.id === 'roval-2025')!;
/** The Roval's entry, which must be a failure. */
const rovalFailed = (d: Dataset) => {
  const entry = roval(d);
  if (!entry.errors) throw new Error(`the Roval is not a failure: ${JSON.stringify(entry).slice(0, 80)}`);
  return entry;
};

/** A page of Phoenix with a fetcher over it; `changes` collects every dataset it publishes. */
function phoenixPage(fetch: (url: string) => Promise<Response>) {
  const mock = vi.fn(fetch);
  vi.stubGlobal('fetch', mock);
  const changes: Dataset[] = [];
  const races = fetchRacesOnDemand(pageDataset(dataset, ['phoenix-2023']), URL_OF, (next) => changes.push(next));
  return { races, changes, fetch: mock, last: () => changes.at(-1)! };
}

describe('fetchRacesOnDemand', () => {
  it('fetches a race the page does not carry when asked, once, and it arrives whole', async () => {
    const page = phoenixPage(async () => new Response(rovalFile()));
    page.races.load('roval-2025');
    page.races.load('roval-2025');
    await vi.waitFor(() => expect(page.changes).toHaveLength(1));
    expect(page.fetch).toHaveBeenCalledTimes(1);
    expect(String(page.fetch.mock.calls[0]![0])).toBe(URL_OF['roval-2025']);
    expect(roval(page.last())).toEqual(dataset.entries.find((e) => e.id === 'roval-2025'));
    expect(page.last().races.get('roval-2025')).toEqual(dataset.races.get('roval-2025'));
    expect(page.last().races.get('phoenix-2023')).toBe(dataset.races.get('phoenix-2023'));
    // Loaded now: asking again fetches nothing.
    page.races.load('roval-2025');
    expect(page.fetch).toHaveBeenCalledTimes(1);
  });

  it('leaves alone a race the page carries, and one it has no file for', async () => {
    const page = phoenixPage(async () => new Response(rovalFile()));
    page.races.load('phoenix-2023');
    page.races.load('no-such-race');
    page.races.retry('phoenix-2023');
    await new Promise((r) => setTimeout(r, 0));
    expect(page.fetch).not.toHaveBeenCalled();
    expect(page.changes).toEqual([]);
  });

  it('turns a file that does not arrive into an error with Retry, keeping the race listed; Retry fetches it again', async () => {
    let online = false;
    const page = phoenixPage(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(rovalFile());
    });
    page.races.load('roval-2025');
    await vi.waitFor(() => expect(page.changes).toHaveLength(1));
    const failed = rovalFailed(page.last());
    expect(failed.retryable).toBe(true);
    expect(failed.errors.map(formatDataError)).toEqual(['src/data/races/roval-2025/race.json: (root): could not be loaded (Failed to fetch)']);
    expect(failed.summary).toMatchObject({ name: dataset.races.get('roval-2025')!.name, lapsRun: 70 });
    // A failed race is not fetched again by opening it, only by Retry.
    page.races.load('roval-2025');
    expect(page.fetch).toHaveBeenCalledTimes(1);
    online = true;
    page.races.retry('roval-2025');
    expect(roval(page.last()).pending).toBe(true);
    await vi.waitFor(() => expect(page.last().races.has('roval-2025')).toBe(true));
    expect(page.fetch).toHaveBeenCalledTimes(2);
  });

  it('says a server error is worth a Retry, and a file that is not JSON or not this race is not', async () => {
    for (const [response, message, retryable] of [
      [new Response('', { status: 503 }), 'could not be loaded (HTTP 503)', true],
      [new Response('<html>'), 'is not valid JSON', false],
      [new Response(JSON.stringify({ id: 'roval-2025', race: { id: 'phoenix-2023', events: [] } })), "is not this race's data", false],
    ] as const) {
      const page = phoenixPage(async () => response);
      page.races.load('roval-2025');
      await vi.waitFor(() => expect(page.changes).toHaveLength(1));
      const failed = rovalFailed(page.last());
      expect(failed.errors[0]!.message).toContain(message);
      expect(Boolean(failed.retryable)).toBe(retryable);
      expect(page.last().races.has('roval-2025')).toBe(false);
    }
  });
});
