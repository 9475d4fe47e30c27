/**
 * Shareable moments (issue 11): every race and incident has a prerendered page in dist/ with its own
 * title, description, canonical URL, Open Graph and Twitter tags and a 1200×630 card image; the page
 * reads with JavaScript off; the app hydrates it with no error or mismatch and stays interactive;
 * it carries its own race only, and the other is fetched when the reader opens it; Copy link gives
 * the moment's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import phoenixJson from '../../src/data/races/phoenix-2023/race.json';
import rovalJson from '../../src/data/races/roval-2025/race.json';
import { openCardRenderer } from '../../scripts/build/cards.mjs';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { bothRacesSlider, incidentDetails, incidentsList, incidentTitle, lapSlider, racesNav } from '../support/locators.ts';
import { head, titles } from '../support/heads.ts';
import { pngSize } from '../support/png.ts';
import { builtHtml, DIST, QUOTE_TEXTS, SITE } from '../support/site.ts';

setupBrowser();

const races = [phoenixJson, rovalJson];

describe('a page per race and per incident, with its link preview', () => {
  const pages = races.flatMap((race) => [
    { path: `${race.id}/`, race, event: null },
    ...race.events.map((event) => ({ path: `${race.id}/${event.id}/`, race, event })),
  ]);

  test('every race and every incident has its page, and nothing else does', () => {
    expect(pages.length).toBe(2 + phoenixJson.events.length + rovalJson.events.length);
    for (const { path } of pages) expect(existsSync(resolve(DIST, path, 'index.html')), path).toBe(true);
    expect(existsSync(resolve(DIST, 'phoenix-2023', 'no-such-crash', 'index.html'))).toBe(false);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s: title, description, canonical, Open Graph, Twitter card and a 1200×630 PNG', (path, { race, event }) => {
    const html = builtHtml(path);
    const where = `${race.name}, ${race.track.name} – Lapline`;
    expect(titles(html)).toEqual([event ? `${event.title}, lap ${event.lap} – ${where}` : `Lap ${race.lapsRun} of ${race.lapsRun} – ${where}`]);
    const title = titles(html)[0]!;
    const description = head(html, 'description')!;
    expect(description.length).toBeGreaterThan(40);
    if (event) expect(description).toContain(event.description.slice(0, 30));
    else expect(description).toContain(race.track.name);
    const url = new URL(path, SITE).href;
    expect(head(html, 'canonical')).toBe(url);
    expect(head(html, 'og:url')).toBe(url);
    expect(head(html, 'og:title')).toBe(title);
    expect(head(html, 'og:description')).toBe(description);
    expect(head(html, 'twitter:card')).toBe('summary_large_image');
    expect(head(html, 'twitter:title')).toBe(head(html, 'og:title'));
    const image = head(html, 'og:image')!;
    expect(head(html, 'twitter:image')).toBe(image);
    expect(image).toBe(new URL(`cards/${race.id}${event ? `/${event.id}` : ''}.png`, SITE).href);
    expect(pngSize(readFileSync(resolve(DIST, new URL(image).pathname.slice(new URL(SITE).pathname.length))))).toEqual({ width: 1200, height: 630 });
    // The data the page carries for hydration: its own race only; the others are files of their own.
    const block = JSON.parse(/<script type="application\/json" id="lapline-data">([^<]*)<\/script>/.exec(html)![1]!) as {
      data: { entries: { id: string; race?: unknown }[] };
      raceFiles: Record<string, string>;
    };
    expect(block.data.entries.filter((e) => e.race).map((e) => e.id)).toEqual([race.id]);
    const others = races.filter((r) => r.id !== race.id).map((r) => r.id);
    expect(Object.keys(block.raceFiles)).toEqual(others);
    for (const id of others) expect(JSON.parse(readFileSync(resolve(DIST, block.raceFiles[id]!), 'utf8'))).toMatchObject({ id, race: { id } });
    // The page itself holds the moment: the race, and the incident's own panel.
    expect(html).toContain(`class="summary__title" tabindex="-1">${race.name}</h2>`);
    if (event) expect(html).toMatch(new RegExp(`<h3[^>]*>${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h3>`));
  });

  test('a description quotes only the articles’ exact words', () => {
    for (const { path } of pages) {
      const description = head(builtHtml(path), 'description')!;
      for (const [, quoted] of description.matchAll(/“([^”]*)”/g)) expect(QUOTE_TEXTS, `${path}: “${quoted}”`).toContain(quoted);
    }
  });
});

describe('a page’s two previews, its description and its card', () => {
  test('a remark made before the race says so in the built page’s description and Open Graph description, as on its card', async () => {
    const html = builtHtml('roval-2025/heim-locks-into-championship-4/');
    for (const key of ['description', 'og:description', 'twitter:description']) {
      expect(head(html, key), key).toMatch(/“If we were racing the old format, I would have three truck championships,” – Scott Zipadelli, said before this race$/);
    }
    const renderer = await openCardRenderer();
    try {
      const { svg } = renderer.draw({ raceId: 'roval-2025', eventId: 'heim-locks-into-championship-4' });
      expect(svg).toContain('Scott Zipadelli · Said before this race, about mid-September 2025; published Oct 2, 2025');
    } finally {
      await renderer.close();
    }
  }, 60_000);

  test('quote the same remark: a description never quotes one its card does not show', async () => {
    const renderer = await openCardRenderer();
    try {
      let quoted = 0;
      for (const moment of renderer.moments.filter((m) => 'raceId' in m && (m.eventId || m.follow))) {
        const path = `${moment.raceId}/${moment.eventId ? `${moment.eventId}/` : `follow/${moment.follow}/`}`;
        const inDescription = [...head(builtHtml(path), 'description')!.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
        const onCard = renderer.draw(moment).quote?.text;
        if (inDescription.length > 0) quoted++;
        expect(inDescription, path).toEqual(inDescription.length > 0 ? [onCard] : []);
      }
      expect(quoted).toBeGreaterThan(5);
    } finally {
      await renderer.close();
    }
  }, 120_000);
});

describe('the comparison’s page (issue 12)', () => {
  const path = 'compare/phoenix-2023/roval-2025/';

  test('has its title, description, canonical, Open Graph and Twitter tags and a 1200×630 card', () => {
    const html = builtHtml(path);
    expect(titles(html)).toEqual(['Phoenix 2023 and Charlotte Roval 2025, side by side – Lapline']);
    const description = head(html, 'description')!;
    expect(description).toMatch(/^The 2023 Craftsman 150 \(179 laps\) and the 2025 EcoSave 250 \(70 laps\) on one lap timeline/);
    const quoted = [...description.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
    expect(quoted).toHaveLength(1);
    expect(QUOTE_TEXTS).toContain(quoted[0]);
    expect(head(html, 'canonical')).toBe(new URL(path, SITE).href);
    expect(head(html, 'twitter:card')).toBe('summary_large_image');
    const image = head(html, 'og:image')!;
    expect(image).toBe(new URL('cards/compare/phoenix-2023/roval-2025.png', SITE).href);
    expect(pngSize(readFileSync(resolve(DIST, 'cards/compare/phoenix-2023/roval-2025.png')))).toEqual({ width: 1200, height: 630 });
    // Both timelines are in the page itself, first race first, each drawn for a wide screen and for a phone.
    const timelines = [...html.matchAll(/aria-label="Lap timeline of the ([^,"]+)/g)].map((m) => m[1]);
    expect(timelines).toEqual(['2023 Craftsman 150', '2023 Craftsman 150', '2025 EcoSave 250', '2025 EcoSave 250']);
  });

  test('hydrates with no error and follows the keyboard: both races move', async () => {
    const page = await openApp(path);
    const slider = bothRacesSlider(page);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toMatch(/^Phoenix 2023 lap 1 of 179, Charlotte Roval 2025 lap 1 of 70;/);
    await expect.poll(() => addressParam(page.url(), 'at')).toBe('0.67');
    expect(new URL(page.url()).pathname).toBe(`/${path}`);
  });
});

describe('a moment’s page in the browser', () => {
  test('with JavaScript off, shows the incident, its quotes and the timeline at its lap', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', { javaScriptEnabled: false });
    expect(await page.title()).toMatch(/^Hocevar spins Heim, lap 120 – /);
    const details = incidentDetails(page);
    expect(await details.getByRole('heading', { level: 3 }).textContent()).toBe('Hocevar spins Heim');
    expect(await details.getByText('I messed up,').count()).toBe(1);
    expect(await details.locator('figure blockquote').count()).toBeGreaterThanOrEqual(14);
    expect(await page.getByText(/^Lap 120 of 179$/).count()).toBe(1);
    // The chart is drawn for a wide screen and for a phone; CSS shows the one for the screen.
    expect(await page.locator('svg.timeline-cursor .cursor-pill__text').filter({ visible: true }).textContent()).toBe('120');
    // Controls only a script can work are not offered, rather than left inert.
    expect(await lapSlider(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(0);
    // Nothing says it is loading: what needs a script says so.
    expect(await page.getByText(/^Loading /).filter({ visible: true }).count()).toBe(0);
    // What a reader sees where the full record would be (innerText leaves out what is not shown).
    // Playwright's text locators do not look inside <noscript>, so the text is read from the page.
    expect(await page.evaluate(() => document.querySelector('main')!.innerText)).toContain('The full record needs JavaScript. The incident, its quotes and the timeline above do not.');
  });

  test('with JavaScript off, an incident in the list is a plain link to its page', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', { javaScriptEnabled: false });
    await incidentsList(page).getByRole('link', { name: /^Lap 147: / }).click();
    await page.waitForURL(/\/phoenix-2023\/heim-hocevar-second-contact\/$/);
    expect(await incidentTitle(page).textContent()).toMatch(/^Heim /);
  });

  test('at 390 px with JavaScript off, the timeline fits the screen', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', { javaScriptEnabled: false, width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const chart = await page.locator('svg.timeline').filter({ visible: true }).boundingBox();
    expect(chart!.width).toBeLessThanOrEqual(390);
    // The phone's own drawing, not the wide one scaled down: its lane labels are in the phone's type size.
    expect(await page.locator('svg.timeline').filter({ visible: true }).getAttribute('width')).toBe('380');
  });

  test('hydrates with no error or mismatch and is interactive: scrub, select, the address follows', async () => {
    // openApp fails the test on any console error or uncaught exception (a hydration mismatch is one).
    const page = await openApp('phoenix-2023/hocevar-spins-heim/');
    const slider = lapSlider(page);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('121');
    await expect.poll(() => addressParam(page.url(), 'lap')).toBe('121');
    expect(addressParam(page.url(), 'event')).toBe('hocevar-spins-heim');
    await incidentsList(page).getByRole('link', { name: /^Lap 147: / }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/phoenix-2023/heim-hocevar-second-contact/');
    await expect.poll(() => page.title()).toMatch(/^Heim .*, lap 147 – /);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/phoenix-2023/hocevar-spins-heim/');
  });

  test('is painted before the app’s code is asked for: the page’s one script loads it after the first contentful paint', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => ({ file: r.name.split('/').pop()!, start: r.startTime })),
    }));
    expect(timing.paint).not.toBeNull();
    // public/prepaint.js runs in the head before the paint (the theme, a no-spoilers link's page): it is
    // a few hundred bytes and loads nothing; it comes first.
    const [prepaint, boot, ...app] = timing.scripts;
    expect(prepaint!.file).toBe('prepaint.js');
    expect(prepaint!.start).toBeLessThan(timing.paint!);
    // The page's own script (boot.ts) comes with the HTML; every other script, the app, after the paint.
    expect(boot!.start).toBeLessThan(timing.paint!);
    // The app is one chunk (vite.config.ts firstLoadChunk).
    expect(app.map((s) => s.file)).toContainEqual(expect.stringMatching(/^app-[\w-]+\.js$/));
    for (const script of app) expect(script.start, script.file).toBeGreaterThanOrEqual(timing.paint!);
    // One stylesheet, from the page itself: nothing the first paint needs comes with a script.
    expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split('/').pop()))).toEqual([expect.stringMatching(/^style-[\w-]+\.css$/)]);
  });

  test('a query on a moment’s page applies after hydration: the page’s incident at another lap', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/?lap=130');
    await expect.poll(() => lapSlider(page).inputValue()).toBe('130');
    expect(await incidentTitle(page).textContent()).toBe('Hocevar spins Heim');
  });

  test('the race the page does not carry is fetched when the reader opens it, not before, and Back returns', async () => {
    const fetched: string[] = [];
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', { beforeLoad: async (p) => void p.on('request', (r) => fetched.push(new URL(r.url()).pathname)) });
    const slider = lapSlider(page);
    expect(await slider.getAttribute('max')).toBe('179');
    expect(fetched.filter((path) => path.startsWith('/data/'))).toEqual([]);
    await racesNav(page).getByRole('link', { name: /^Charlotte Roval 2025/ }).click();
    await expect.poll(() => slider.getAttribute('max')).toBe('70');
    // The summary's code may still be on its way: it comes with the race's page once it is in.
    await expect.poll(() => page.getByRole('heading', { level: 2, name: rovalJson.name }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/roval-2025/');
    expect(fetched.filter((path) => path.startsWith('/data/'))).toEqual([expect.stringMatching(/^\/data\/roval-2025-[0-9a-f]{10}\.json$/)]);
    await page.goBack();
    await expect.poll(() => slider.getAttribute('max')).toBe('179');
    expect(new URL(page.url()).pathname).toBe('/phoenix-2023/hocevar-spins-heim/');
  });

  test('offline, the race the page does not carry says it did not arrive, with Retry; the page keeps working; Retry brings it', async () => {
    let offline = true;
    const page = await openApp('roval-2025/', {
      beforeLoad: async (p) => {
        await p.route('**/data/phoenix-2023-*.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      },
      expectedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED/],
    });
    const races = racesNav(page);
    await races.getByRole('link', { name: /^Phoenix 2023/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This race could not be loaded' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/The data for phoenix-2023 did not arrive/);
    // Readers never see repository paths: the problems are listed in development only.
    expect(await alert.textContent()).not.toMatch(/src\/data|race\.json|Failed to fetch/);
    expect(await page.getByText('Lapline hit an error').count()).toBe(0);
    // The page's own race still opens.
    await races.getByRole('link', { name: /^Charlotte Roval 2025/ }).click();
    const slider = lapSlider(page);
    await expect.poll(() => slider.getAttribute('max')).toBe('70');
    await races.getByRole('link', { name: /^Phoenix 2023/ }).click();
    offline = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => slider.getAttribute('max')).toBe('179');
    expect(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(0);
  });

  test('a race file answered with a web page (a captive portal): a delivery fault with Retry, not data that failed its checks (QA 16)', async () => {
    let portal = true;
    const page = await openApp('roval-2025/', {
      beforeLoad: async (p) => {
        await p.route('**/data/phoenix-2023-*.json', (route) =>
          portal ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in</title><p>Sign in to the Wi-Fi' }) : route.continue(),
        );
      },
    });
    await racesNav(page).getByRole('link', { name: /^Phoenix 2023/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This race could not be loaded' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/The data for phoenix-2023 did not arrive/);
    expect(await alert.textContent()).not.toMatch(/did not pass its checks|src\/data|race\.json/);
    expect(await page.getByRole('alert').count()).toBe(1);
    portal = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => lapSlider(page).getAttribute('max')).toBe('179');
  });

  test('the icon is fetched from where it is, not again beside the address the app puts in the address bar', async () => {
    const icons: string[] = [];
    const page = await openApp('', { beforeLoad: async (p) => void p.on('request', (r) => r.url().endsWith('favicon.svg') && icons.push(new URL(r.url()).pathname)) });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/phoenix-2023/');
    await page.waitForLoadState('networkidle');
    expect(icons.length).toBeGreaterThan(0);
    expect(new Set(icons)).toEqual(new Set(['/favicon.svg']));
  });

  test('Copy link gives the moment’s page', async () => {
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe('/phoenix-2023/hocevar-spins-heim/');
  });
});
