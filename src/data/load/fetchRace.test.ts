/**
 * A prerendered page's other races, fetched when opened: the file the build wrote arrives and the
 * race is whole; a file that does not arrive is an error with Retry that keeps what the page knows
 * of the race; a wrong file is said to be wrong.
 */
import { dataset } from './bundledDataset';
import type { Dataset } from '../dataset';
import { pageDataset, raceFile } from './embeddedDataset';
import { formatDataError } from '../validate/errors';
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

  it('says a server error, a web page instead of the data and a file cut short are worth a Retry, and a race that fails its checks is not', async () => {
    const phoenix = JSON.stringify({ id: 'roval-2025', file: 'src/data/races/roval-2025/race.json', race: { ...dataset.races.get('phoenix-2023')! } });
    for (const [response, message, retryable] of [
      [new Response('', { status: 503 }), 'could not be loaded (HTTP 503)', true],
      // A captive portal or a proxy answering with its own page (QA 16): a delivery fault, not bad data.
      [new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html' } }), 'a web page came back instead of the data', true],
      [new Response('<html>'), 'a web page came back instead of the data', true],
      [new Response(rovalFile().slice(0, 200)), 'it is not valid JSON', true],
      [new Response(JSON.stringify({ id: 'roval-2025' })), "is not this race's data", true],
      [new Response(phoenix), 'is "phoenix-2023" but the folder is "roval-2025"', false],
    ] as const) {
      const page = phoenixPage(async () => response);
      page.races.load('roval-2025');
      await vi.waitFor(() => expect(page.changes).toHaveLength(1));
      const failed = rovalFailed(page.last());
      expect(failed.errors.map((e) => e.message).join('\n')).toContain(message);
      expect(Boolean(failed.retryable)).toBe(retryable);
      expect(page.last().races.has('roval-2025')).toBe(false);
    }
  });

  // QA 14: a fetched race is checked as a bundled one; what fails is an error card, never shown half-right.
  it.each<[string, (race: Record<string, unknown> & { events: Record<string, unknown>[] }) => void, RegExp]>([
    ['a lap that is not a number', (r) => (r.events[0]!.lap = 'abc'), /^src\/data\/races\/roval-2025\/race\.json: events\.0\.lap: must be a whole number, not the text "abc"$/],
    ['a lap outside the race', (r) => (r.events[13]!.lap = 999), /events\.13\.lap: lap 999 is outside the race \(1–70\)/],
    ['no winner', (r) => delete r.winner, /winner: missing field "winner"/],
  ])('refuses a fetched race with %s, as a bundled race is refused', async (_name, change, expected) => {
    const file = JSON.parse(rovalFile()) as { race: Record<string, unknown> & { events: Record<string, unknown>[] } };
    change(file.race);
    const page = phoenixPage(async () => new Response(JSON.stringify(file)));
    page.races.load('roval-2025');
    await vi.waitFor(() => expect(page.changes).toHaveLength(1));
    const failed = rovalFailed(page.last());
    expect(failed.retryable).toBeFalsy();
    expect(failed.errors.map(formatDataError).join('\n')).toMatch(expected);
    expect(page.last().races.has('roval-2025')).toBe(false);
  });
});
