/**
 * A prerendered page is rendered over the data it carries (its own race, the others summarised), as
 * it hydrates; that must show exactly what the whole dataset shows, on every page.
 */
import { renderToString } from 'react-dom/server';
import { dataset } from '../data/load/bundledDataset';
import { loadRemarkVariants } from '../features/incident/IncidentDetails';
import { preloadPart } from '../ui/LazyPart';
import { parseAddress } from '../state/address';
import { catalogOf, createAppStore } from '../state/store';
import siteJson from '../data/site.json';
import { pageMetadata } from './pageMetadata';
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
      const { html, title, description } = await renderPage(page, '/');
      // Its head says what app/pageMetadata.ts gives for it (the rules are pinned in pageMetadata.test.ts).
      const meta = pageMetadata(dataset, page);
      expect({ title, description }, JSON.stringify(page)).toEqual({ title: meta.title, description: meta.description });
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
