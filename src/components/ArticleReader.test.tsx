import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../app/testing';
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
    const dialog = await screen.findByRole('dialog', { name: /Hocevar spins Heim at Phoenix/ }, { timeout: 5000 });
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
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    expect(dialog.querySelector('mark')).toHaveTextContent(/^NASCAR TRUCK SERIES HISTORY!/);
    expect(dialog).not.toHaveTextContent('&quot;');
  });

  it('names the outlet, links the original, labels our title as a description and the text as a copy', async () => {
    await renderApp('?race=phoenix-2023&quote=heim-since-i-was-5');
    const dialog = within(await screen.findByRole('dialog', {}, { timeout: 5000 }));
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
    const dialog = within(await screen.findByRole('dialog', {}, { timeout: 5000 }));
    expect(dialog.getByText(/^Article \(outlet not known\)/)).toBeInTheDocument();
    expect(dialog.queryByRole('link')).not.toBeInTheDocument();
  });
});
