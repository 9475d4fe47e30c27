/**
 * A prerendered page is rendered over the data it carries (its own race, the others summarised), as
 * it hydrates; that must show exactly what the whole dataset shows, on every page.
 */
import { renderToString } from 'react-dom/server';
import { dataset } from '../data/load/bundledDataset';
import { MAX_DESCRIPTION_QUOTE, momentQuote } from '../data/momentPreview';
import { loadRemarkVariants } from '../features/incident/IncidentDetails';
import { preloadPart } from '../ui/LazyPart';
import { parseAddress } from '../state/address';
import { catalogOf, createAppStore } from '../state/store';
import siteJson from '../data/site.json';
import { pageIds, renderPage, rootPage } from './prerender';
import { AppRoot, guarded } from './startApp';

describe('the pages the build writes', () => {
  it('each shows with its own race alone what it shows with every race', async () => {
    await preloadPart(loadRemarkVariants);
    const catalog = catalogOf(dataset);
    const pages = pageIds();
    // Each race, each incident, each of its drivers followed (those in no incident too: the app writes
    // their address as any other's), each race without spoilers, and each pair of races compared, with
    // and without spoilers.
    const races = [...dataset.races.values()];
    const pairs = (races.length * (races.length - 1)) / 2;
    expect(pages).toHaveLength(2 * races.length + races.reduce((n, r) => n + r.events.length + r.drivers.length, 0) + 2 * pairs);
    expect(pages).toContainEqual({ raceId: 'phoenix-2023', eventId: null, noSpoilers: true });
    expect(pages.filter((p) => p.compare).map((p) => p.compare!.join(','))).toContain('phoenix-2023,roval-2025');
    expect(pages).toContainEqual({ raceId: 'phoenix-2023', eventId: null, follow: 'lawless-alan' });
    expect(pages).toContainEqual({ raceId: 'roval-2025', eventId: null, follow: 'connor-zilisch' });
    for (const page of pages) {
      const { html } = await renderPage(page, '/');
      const spoilerFree = page.noSpoilers ? 'no-spoilers/' : '';
      const path = page.compare
        ? `/compare/${page.compare.join('/')}/${spoilerFree}`
        : `/${page.raceId}/${page.eventId ? `${page.eventId}/` : page.follow ? `follow/${page.follow}/` : spoilerFree}`;
      const { view } = parseAddress(path, '', catalog);
      const whole = renderToString(guarded(<AppRoot store={createAppStore(dataset, view)} dataset={dataset} root="/" />));
      expect(html, path).toBe(whole);
    }
    // Two renders of every page (about 90): far longer than a unit test's default 5 s on a busy machine.
  }, 120_000);

  it('put at the root the race the data chooses (site.json), not the oldest', () => {
    expect(rootPage()).toEqual({ raceId: siteJson.frontPage, eventId: null });
    expect(pageIds()).toContainEqual(rootPage());
  });
});

describe('a page’s description', () => {
  const description = async (page: Parameters<typeof renderPage>[0]) => (await renderPage(page, '/')).description;

  it('says when a remark made before the race was said, as the page and the card do', async () => {
    expect(await description({ raceId: 'roval-2025', eventId: 'heim-locks-into-championship-4' })).toBe(
      'Lap 70: The win guaranteed Heim a place in the title race at Phoenix. Since then, Oct 31, 2025: Heim ends 2025 with 12 wins and the championship.' +
        ' “If we were racing the old format, I would have three truck championships,” – Scott Zipadelli, said before this race',
    );
  });

  it('gives a reaction no timing, and the ruling that came after the flag before it', async () => {
    const text = await description({ raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' });
    expect(text).toMatch(/^Lap 147–148: With his repaired truck fading, .*\. Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar\. “I had no sideforce/);
    expect(text).toMatch(/– Corey Heim$/);
  });

  it('quotes the moment’s quote, the one its card shows, whenever it is short enough to stay whole, and no other', async () => {
    for (const page of pageIds().filter((p) => !p.compare && (p.eventId || p.follow))) {
      const race = dataset.races.get(page.raceId)!;
      const chosen = momentQuote(dataset, race, page.eventId ? { eventId: page.eventId } : { driverId: page.follow! });
      const quoted = [...(await description(page)).matchAll(/“([^”]*)”/g)].map((m) => m[1]);
      expect(quoted, JSON.stringify(page)).toEqual(chosen && chosen.text.length <= MAX_DESCRIPTION_QUOTE ? [chosen.text] : []);
    }
    // One render per incident and driver page.
  }, 60_000);

  it('of a followed driver quotes their own words only: the champion, who said nothing quoted, gets the facts alone', async () => {
    expect(await description({ raceId: 'phoenix-2023', eventId: null, follow: 'ben-rhodes' })).toBe(
      'Ben Rhodes in the 2023 Craftsman 150 (Phoenix Raceway, 2023-11-03): in 7 of its 24 incidents, the champion, finished 5th.',
    );
    expect(await description({ raceId: 'roval-2025', eventId: null, follow: 'brent-crews' })).toBe(
      'Brent Crews in the 2025 EcoSave 250 (Charlotte Motor Speedway Roval, 2025-10-03): in 5 of its 14 incidents, led 56 or 55 laps (disputed), finished 2nd.',
    );
  });

  it('of the comparison says when its cross-race remark was said, relative to the race it speaks of', async () => {
    expect(await description({ raceId: 'phoenix-2023', eventId: null, compare: ['phoenix-2023', 'roval-2025'] })).toMatch(
      /“If we were racing the old format, I would have three truck championships,” – Scott Zipadelli, said about 2 years after Phoenix 2023$/,
    );
  });
});
