/**
 * A prerendered page is rendered over the data it carries (its own race, the others summarised), as
 * it hydrates; that must show exactly what the whole dataset shows, on every page.
 */
import { renderToString } from 'react-dom/server';
import { dataset } from '../data/bundledDataset';

import { loadRemarkVariants } from '../components/IncidentDetails';
import { preloadPart } from '../components/LazyPart';
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
    // their address as any other's), and each pair of races compared.
    const races = [...dataset.races.values()];
    const pairs = (races.length * (races.length - 1)) / 2;
    expect(pages).toHaveLength(races.length + races.reduce((n, r) => n + r.events.length + r.drivers.length, 0) + pairs);
    expect(pages.filter((p) => p.compare).map((p) => p.compare!.join(','))).toContain('phoenix-2023,roval-2025');
    expect(pages).toContainEqual({ raceId: 'phoenix-2023', eventId: null, follow: 'lawless-alan' });
    expect(pages).toContainEqual({ raceId: 'roval-2025', eventId: null, follow: 'connor-zilisch' });
    for (const page of pages) {
      const { html } = await renderPage(page, '/');
      const path = page.compare
        ? `/compare/${page.compare.join('/')}/`
        : `/${page.raceId}/${page.eventId ? `${page.eventId}/` : page.follow ? `follow/${page.follow}/` : ''}`;
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
