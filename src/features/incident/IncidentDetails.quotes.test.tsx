/**
 * The incident panel shows exactly the quotes that speak of the selected incident: all of them,
 * nothing else, in the order they were said (data/quoteTiming.ts), each under its speaker's name.
 * Asserts absence and order as well as presence.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../app/testing';
import { articles, dataset } from '../../data/load/bundledDataset';
import { orderQuotesBySaid } from '../../data/quoteTiming';
import quotesJson from '../../data/quotes.json';

const details = () => within(screen.getByRole('region', { name: 'Incident details' }));
const incidents = () => within(screen.getByRole('region', { name: 'Incidents' }));
/** The quote cards in the panel, in the order shown: the figures that open in their article (not the remark variants). */
const cards = () => details().queryAllByRole('figure').filter((f) => within(f).queryByRole('button', { name: /^Read in the article/ }));
const shownTexts = () => cards().map((f) => f.querySelector('blockquote')!.textContent);

/** The quotes linked to an incident, read straight from the quotes file (not through the app's query). */
function linkedQuotes(raceId: string, eventId: string) {
  const ids = new Set(quotesJson.quotes.filter((q) => q.events.some((l) => l.race === raceId && l.event === eventId)).map((q) => q.id));
  return dataset.quotes.filter((q) => ids.has(q.id));
}

/** Driver ids that a quote may name as its speaker. */
const driverIds = new Set([...dataset.races.values()].flatMap((r) => r.drivers.map((d) => d.id)));

describe('Incident details: exactly the selected incident\'s quotes', () => {
  it('sets each remark two articles worded differently side by side, in both wordings, with the words only one has underlined', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const intros = await details().findAllByText(/^Two articles report this remark by Corey Heim in different words/);
    expect(intros).toHaveLength(quotesJson.remarks.length);
    const pair = intros[0]!.nextElementSibling as HTMLElement;
    const wordings = within(pair).getAllByRole('figure').map((f) => f.querySelector('blockquote')!.textContent);
    const remark = quotesJson.remarks.find((r) => r.variants.some((v) => v.excerpt === wordings[0]))!;
    expect(wordings).toEqual(remark.variants.map((v) => v.excerpt));
    // Only words that differ are marked: "going to" against "gonna", never the shared "Every guy on Sunday".
    const marked = [...pair.querySelectorAll('ins')].map((i) => i.textContent!.trim()).filter(Boolean);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join(' ')).not.toMatch(/Every guy on Sunday/);
    // Each wording is captioned by its article's outlet and date, never by our description of the article.
    expect(within(pair).getAllByRole('figure').map((f) => f.querySelector('figcaption')!.textContent)).toEqual(['Article (outlet not known)', 'Sportskeeda article, Nov 4, 2023']);
  });

  it('shows the fourteen quotes on the spin in the order they were said, and no other', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    // During the race, then that night's interviews in article order, then two years later.
    const ids = [
      'fox-heim-goes-around',
      'hocevar-cost-tricon',
      'hocevar-dont-care-reputation',
      'heim-quarter-midgets',
      'heim-run-into-me',
      'heim-heads-high',
      'heim-every-guy-on-sunday-a000',
      'hocevar-i-messed-up',
      'hocevar-crawl-into-a-hole',
      'heim-passed-me-clean',
      'heim-since-i-was-5',
      'heim-every-guy-on-sunday-a001',
      'heim-super-unfortunate',
      'zipadelli-hocevar-wrecked-us',
    ];
    const text = (id: string) => dataset.quotes.find((q) => q.id === id)!.text;
    expect(shownTexts()).toEqual(ids.map(text));
    expect(details().getByRole('heading', { level: 4, name: /^What they said/ })).toHaveTextContent(`What they said (${ids.length})`);
  }, 20_000); // the first render loads the app's code-split parts

  it.each([...dataset.races.keys()])('in %s, gives every incident its own quotes, replacing the last one\'s', async (raceId) => {
    const user = userEvent.setup();
    const race = dataset.races.get(raceId)!;
    await renderApp(`?race=${raceId}`);
    const buttons = incidents().getAllByRole('link');
    expect(buttons).toHaveLength(race.events.length);
    for (const [i, event] of race.events.entries()) {
      await user.click(incidents().getAllByRole('link')[i]!);
      expect(details().getByRole('heading', { level: 3 })).toHaveTextContent(event.title);
      const expected = orderQuotesBySaid(linkedQuotes(raceId, event.id), articles, race);
      expect(shownTexts(), event.id).toEqual(expected.map((q) => q.text));
      if (expected.length === 0) {
        expect(details().getByText('None of the articles quotes anyone on this.')).toBeInTheDocument();
        expect(details().getByRole('heading', { level: 4, name: /^What they said/ })).toHaveTextContent(/^What they said$/);
      } else {
        expect(details().queryByText('None of the articles quotes anyone on this.')).not.toBeInTheDocument();
        expect(details().getByRole('heading', { level: 4, name: /^What they said/ })).toHaveTextContent(`What they said (${expected.length})`);
      }
    }
  }, 60_000); // a click per incident, each re-rendering the whole app

  it('names each speaker by name, never by id, and a post by whoever posted it', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const speakers = cards().map((c) => c.querySelector('figcaption')!.textContent);
    expect(speakers[0]).toMatch(/Post by FOX: NASCAR, in /);
    expect(speakers.filter((s) => /Carson Hocevar, in /.test(s ?? ''))).toHaveLength(4);
    expect(speakers.filter((s) => /Corey Heim, in /.test(s ?? ''))).toHaveLength(8);
    expect(speakers.at(-1)).toMatch(/Scott Zipadelli, in /);
    for (const caption of speakers) for (const id of driverIds) expect(caption).not.toContain(id);
    expect(screen.getByRole('region', { name: 'Incident details' })).not.toHaveTextContent(/carson-hocevar|corey-heim/);
  });

  it('names the drivers involved by name, with their car number', async () => {
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const drivers = details().getByText('Drivers:').parentElement!;
    expect(drivers).toHaveTextContent(/^Drivers: #42 Carson Hocevar\s*#11 Corey Heim\s*#52 Stewart Friesen$/);
    expect(drivers).not.toHaveTextContent(/carson-hocevar|corey-heim|stewart-friesen/);
  });
});
