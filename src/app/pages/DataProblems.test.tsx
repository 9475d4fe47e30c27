/**
 * What a reader is told when data is missing or wrong: a quotes file that could not be read makes the
 * quotes unknown, never absent ("could not be loaded", not "nobody was quoted"); a race that failed its
 * checks is an error card that, in a production build, names no repository path (the list of problems,
 * with files and lines, is for development only), and the data's problems are never a banner for readers.
 */
import { screen, within } from '@testing-library/react';
import { renderApp } from '../testing';
import { articles } from '../../data/load/bundledDataset';
import { buildDataset, RaceFileUnreadable } from '../../data/dataset';
import mini from '../../data/fixtures/mini-race.json';
import phoenix from '../../data/races/phoenix-2023/race.json';
import roval from '../../data/races/roval-2025/race.json';
import quotesJson from '../../data/quotes.json';

const races = { './races/phoenix-2023/race.json': phoenix, './races/roval-2025/race.json': roval };
const details = () => within(screen.getByRole('region', { name: 'Incident details' }));

afterEach(() => vi.unstubAllEnvs());

describe('a quotes file that could not be read', () => {
  const unreadable = (retryable: boolean) =>
    buildDataset(races, { file: 'src/data/quotes.json', json: new RaceFileUnreadable('could not be read: it is not valid JSON (Unexpected token ])', retryable) }, articles);

  it('leaves the incident panel saying the quotes could not be loaded, with Retry, never that nobody was quoted', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim', { dataset: unreadable(true) });
    expect(details().getByRole('status')).toHaveTextContent('The quotes could not be loaded, so what was said about this incident is not shown here.');
    expect(details().getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(details().queryByText(/None of the articles/)).not.toBeInTheDocument();
    expect(details().queryAllByRole('figure')).toEqual([]);
  }, 20_000);

  it('offers no Retry where fetching again cannot help', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim', { dataset: unreadable(false) });
    expect(details().getByRole('status')).toHaveTextContent('The quotes could not be loaded');
    expect(details().queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  }, 20_000);

  it('says a quote a link names cannot be opened, not that it does not exist', async () => {
    await renderApp('?race=phoenix-2023&quote=hocevar-i-messed-up', { dataset: unreadable(true) });
    const notices = within(screen.getByRole('status', { name: 'Notices' }));
    expect(notices.getByText(/The quotes could not be loaded, so the quote “hocevar-i-messed-up” cannot be opened/)).toBeInTheDocument();
    expect(notices.queryByText(/There is no quote/)).not.toBeInTheDocument();
  }, 20_000);

  it('still says nobody was quoted where the quotes loaded and none speaks of the incident', async () => {
    const loaded = buildDataset(races, { file: 'src/data/quotes.json', json: quotesJson }, articles);
    const quiet = phoenix.events.find((e) => !quotesJson.quotes.some((q) => q.events.some((l) => l.race === 'phoenix-2023' && l.event === e.id)))!;
    await renderApp(`?race=phoenix-2023&event=${quiet.id}`, { dataset: loaded });
    expect(details().getByText('None of the articles quotes anyone on this.')).toBeInTheDocument();
    expect(details().queryByText(/could not be loaded/)).not.toBeInTheDocument();
  }, 20_000);
});

describe('a race that failed its checks', () => {
  // A broken race, and a problem outside any race (a quote whose article is unknown), which the banner would list.
  const withBroken = () =>
    buildDataset(
      { ...races, './races/mini-2024/race.json': { ...mini, lapsRun: 'many' } },
      { file: 'src/data/quotes.json', json: { ...quotesJson, quotes: [...quotesJson.quotes, { ...quotesJson.quotes[0]!, id: 'lost-quote', article: 'no-such-article' }] } },
      articles,
    );

  it('in production, is an error card with no repository path and no list of problems, and no banner on the page', async () => {
    vi.stubEnv('DEV', false);
    const dataset = withBroken();
    expect(dataset.errors.length).toBeGreaterThan(0);
    const { container } = await renderApp('?race=mini-2024', { dataset });
    const card = await screen.findByRole('alert');
    expect(card).toHaveTextContent('did not pass its checks');
    expect(container).not.toHaveTextContent(/src\/data|race\.json/);
    expect(screen.queryByText(/Some of the data has problems/)).not.toBeInTheDocument();
  }, 20_000);

  it('in development, lists each problem with its file and path, for whoever edits the data', async () => {
    await renderApp('?race=mini-2024', { dataset: withBroken() });
    expect(screen.getByText(/^Some of the data has problems/)).toBeInTheDocument();
    const list = within(await screen.findByRole('list', { name: 'The problems (shown in development only)' }));
    expect(list.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['src/data/races/mini-2024/race.json: lapsRun: must be a whole number, not the text "many"']);
  }, 20_000);
});
