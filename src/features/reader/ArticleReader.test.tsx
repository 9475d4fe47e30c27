import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';
import { dataset } from '../../data/load/bundledDataset';
import { datasetFromEmbedded, embedDataset, pageDataset } from '../../data/load/embeddedDataset';
import { highlight } from './ArticleReader';

describe('highlight', () => {
  it('marks the quote inside its paragraph and keeps every character', async () => {
    const text = 'First line.\n\nHe said “I messed up,” and left.\nLast.';
    const paragraphs = highlight(text, 'I messed up,');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toEqual([
      { text: 'He said “', marked: false },
      { text: 'I messed up,', marked: true },
      { text: '” and left.', marked: false },
    ]);
  });
});

describe('ArticleReader', () => {
  it('opens a quote in its article from the incident panel, highlighted, and closes back', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const details = within(screen.getByRole('region', { name: 'Incident details' }));
    const card = details.getByText('I messed up,').closest('figure')!;
    await user.click(within(card).getByRole('button', { name: /Read in the article/ }));
    const dialog = await screen.findByRole('dialog', { name: /Hocevar spins Heim at Phoenix/ });
    const mark = dialog.querySelector('mark');
    expect(mark).toHaveTextContent('I messed up,');
    expect(window.location.search).toContain('quote=hocevar-i-messed-up');
    await user.click(within(dialog).getByRole('button', { name: 'Close article' }));
    expect(document.querySelector('dialog[open]')).toBeNull();
    expect(document.querySelector('mark')).toBeNull();
    expect(window.location.search).not.toContain('quote=');
    expect(details.getByRole('heading', { level: 3 })).toHaveTextContent('Hocevar spins Heim');
  });

  it('opens from a deep link with the entity-decoded text of the 2025 article', async () => {
    await renderApp('?race=roval-2025&quote=fox-truck-series-history');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('mark')).toHaveTextContent(/^NASCAR TRUCK SERIES HISTORY!/);
    expect(dialog).not.toHaveTextContent('&quot;');
  });

  it('names the outlet, links the original, labels our title as a description and the text as a copy', async () => {
    await renderApp('?race=phoenix-2023&quote=heim-since-i-was-5');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/^Article published by Sportskeeda, Nov 4, 2023/)).toBeInTheDocument();
    expect(dialog.getByRole('link', { name: /^Original article\s*at Sportskeeda$/ })).toHaveAttribute(
      'href',
      'https://www.sportskeeda.com/nascar/news-he-s-raced-way-since-i-5-years-old-corey-heim-reflects-carson-hocevar-crashing',
    );
    expect(dialog.getByRole('heading', { level: 2 })).toHaveTextContent(/^Our description: Heim's title hopes end/);
    expect(dialog.getByText('This is our own summary of the article, not its headline.')).toBeInTheDocument();
    expect(dialog.getByText(/a copy of the article as it was collected, not as published: paragraph breaks may be lost/)).toBeInTheDocument();
  });

  it('says when the outlet of an article is not known and links nothing', async () => {
    await renderApp('?race=phoenix-2023&quote=hocevar-i-messed-up');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/^Article \(outlet not known\)/)).toBeInTheDocument();
    expect(dialog.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('ArticleReader on a prerendered page, which does not carry the article texts', () => {
  /** The data a page of Phoenix carries: no article text. */
  const pageData = () => datasetFromEmbedded(JSON.parse(JSON.stringify(embedDataset(pageDataset(dataset, ['phoenix-2023'])))));
  /** Serves the article files from disk (as Vite names them in tests: /src/…); `online` false fails every fetch. */
  function network() {
    const state: { online: boolean; gate: Promise<void> } = { online: true, gate: Promise.resolve() };
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      await state.gate;
      if (!state.online) throw new TypeError('Failed to fetch');
      return new Response(readFileSync(resolve(__dirname, '../../..', `.${new URL(String(input), 'http://x').pathname}`)));
    });
    vi.stubGlobal('fetch', fetch);
    return { state, fetch };
  }

  it('fetches the text when the reader opens the article, says it is loading it, then shows it with the quote highlighted', async () => {
    const user = userEvent.setup();
    const { state, fetch } = network();
    let arrive = () => {};
    state.gate = new Promise((r) => (arrive = r));
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim', { dataset: pageData() });
    expect(fetch).not.toHaveBeenCalled();
    const card = within(screen.getByRole('region', { name: 'Incident details' })).getByText('I messed up,').closest('figure')!;
    await user.click(within(card).getByRole('button', { name: /Read in the article/ }));
    const dialog = await screen.findByRole('dialog', { name: /Hocevar spins Heim at Phoenix/ });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading the article’s text…');
    arrive();
    await waitFor(() => expect(dialog.querySelector('mark')).toHaveTextContent('I messed up,'));
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([expect.stringMatching(/\/000_6c3fb567d52bd841\.txt$/)]);
    expect(dialog).not.toHaveTextContent('Loading the article’s text…');
  });

  it('offline, says the text could not be loaded, with Retry that brings it', async () => {
    const user = userEvent.setup();
    const { state } = network();
    state.online = false;
    await renderApp('?race=phoenix-2023&quote=heim-since-i-was-5', { dataset: pageData() });
    const dialog = within(screen.getByRole('dialog'));
    // The article's own details are there at once; only its text is missing.
    expect(dialog.getByRole('heading', { level: 2 })).toHaveTextContent(/^Our description: Heim's title hopes end/);
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('The text of this article could not be loaded (Failed to fetch), so it cannot be shown here.');
    expect(screen.getByRole('dialog').querySelector('mark')).toBeNull();
    state.online = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('dialog').querySelector('mark')).toHaveTextContent(/raced me that way since I was 5/));
    expect(dialog.queryByRole('alert')).toBeNull();
  });
});

describe('ArticleReader without spoilers', () => {
  it('says an article written after the race tells how it ends, shows none of it, and opens it only when asked', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=1&spoilers=hide&quote=hocevar-i-messed-up');
    const dialog = await screen.findByRole('dialog', { name: 'This article tells how the race ends' });
    expect(dialog).toHaveTextContent('after lap 1, which you asked not to see yet');
    // Nothing of the article, nor our description of it (it names the champion).
    expect(dialog).not.toHaveTextContent(/Rhodes|champion|Hocevar spins Heim at Phoenix/i);
    expect(within(dialog).queryByRole('mark')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Read it anyway' }));
    expect(await screen.findByRole('dialog', { name: /Hocevar spins Heim at Phoenix/ })).toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close article' })).toHaveFocus();
  });

  it('opens it at once when spoilers are shown, and at the finish', async () => {
    await renderApp('?race=phoenix-2023&lap=179&spoilers=hide&quote=hocevar-i-messed-up');
    expect(await screen.findByRole('dialog', { name: /Hocevar spins Heim at Phoenix/ })).toBeInTheDocument();
    expect(screen.queryByText('This article tells how the race ends')).toBeNull();
  });
});

