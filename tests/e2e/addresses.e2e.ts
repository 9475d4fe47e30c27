/**
 * Every address the app writes opens its view, and an address no file answers gets the site's 404
 * page, served as a static host serves it (tests/support/staticHost.ts: a folder's index.html, a file,
 * else 404.html with status 404), at any depth: it opens the nearest view and names what was not
 * found, or says which address is not a page and offers the way on. Real Chromium, by role and name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { pathAndQuery } from '../support/address.ts';
import { afterFrames } from '../support/wait.ts';
import { followControl, lapSlider, racesNav } from '../support/locators.ts';
import { DIST } from '../support/site.ts';
import { startStaticHost, type StaticHost } from '../support/staticHost.ts';

setupBrowser();

let host: StaticHost;
beforeAll(async () => {
  host = await startStaticHost(DIST);
});
afterAll(() => host.close());

/** The browser's own line for a page answered with 404: expected on the 404 page, and only there (see `responses`). */
const DOCUMENT_404 = [/the server responded with a status of 404/];

const notices = (page: Page) => page.getByRole('status').filter({ hasText: 'Part of this link could not be used' }).locator('li').allTextContents();

/** Opens `path` on the static host, recording every response over 400 (so a broken asset URL cannot hide behind the 404 page's own). */
async function openOnHost(path: string, options: { width?: number } = {}): Promise<{ page: Page; failed: string[] }> {
  const failed: string[] = [];
  const page = await openApp(`${host.url}${path.replace(/^\//, '')}`, {
    ...options,
    expectedConsoleErrors: DOCUMENT_404,
    beforeLoad: async (p) => {
      p.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
    },
  });
  return { page, failed };
}

/** True once the page's stylesheet applies (a page whose asset URLs broke is unstyled). */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.masthead')!).display === 'flex' || getComputedStyle(document.querySelector('.masthead')!).display === 'grid');

describe('every address the app writes has a page', () => {
  test('following each driver, those in no incident too, writes an address the host answers with its page', async () => {
    const { page, failed } = await openOnHost('/phoenix-2023/');
    const addresses = new Set<string>();
    for (const race of ['phoenix-2023', 'roval-2025']) {
      await racesNav(page).getByRole('link', { name: new RegExp(race === 'phoenix-2023' ? 'Phoenix' : 'Roval') }).click();
      await expect.poll(() => pathAndQuery(page)).toBe(`/${race}/`);
      const options = followControl(page).locator('option');
      await expect.poll(() => options.count()).toBeGreaterThan(10);
      const drivers = await options.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      for (const driver of drivers) {
        await followControl(page).selectOption(driver);
        await expect.poll(() => pathAndQuery(page)).toBe(`/${race}/follow/${driver}/`);
        addresses.add(pathAndQuery(page));
        // Every link on the page too: the races (keeping the driver where they raced), the incidents, the comparison.
        for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
          const url = new URL(href);
          if (url.origin === new URL(host.url).origin) addresses.add(url.pathname);
        }
      }
      await followControl(page).selectOption('');
    }
    expect(addresses).toContain('/phoenix-2023/follow/lawless-alan/');
    expect(addresses).toContain('/roval-2025/follow/connor-zilisch/');
    // The Roval's race link keeps a driver who raced at Phoenix too, to his Phoenix follow page.
    expect(addresses).toContain('/phoenix-2023/follow/tyler-ankrum/');
    const missing: string[] = [];
    for (const address of addresses) {
      const response = await fetch(`${host.url}${address.replace(/^\//, '')}`);
      if (response.status !== 200) missing.push(`${response.status} ${address}`);
    }
    expect(missing).toEqual([]);
    expect(failed).toEqual([]);
  });

  test('Copy link while following a driver in no incident gives a link that reopens that view', async () => {
    const { page } = await openOnHost('/phoenix-2023/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await followControl(page).selectOption('lawless-alan');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/lawless-alan/');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe('/phoenix-2023/follow/lawless-alan/');
    const { page: again, failed } = await openOnHost(new URL(copied).pathname);
    await expect.poll(() => followControl(again).inputValue()).toBe('lawless-alan');
    expect(pathAndQuery(again)).toBe('/phoenix-2023/follow/lawless-alan/');
    expect(await again.title()).toMatch(/^Following Lawless Alan/);
    expect(await notices(again)).toEqual([]);
    expect(await styled(again)).toBe(true);
    expect(failed).toEqual([]);
  });
});

describe('an address no file answers: the 404 page, at any depth', () => {
  /** [address, the address the app then shows, the notices, in order]. */
  const nearest: [string, string, string[]][] = [
    ['/phoenix-2023/nope/', '/phoenix-2023/', ['There is no incident “nope” in 2023 Craftsman 150; no incident is selected.']],
    ['/roval-2025/hocevar-spins-heim/?lap=20', '/roval-2025/?lap=20', ['There is no incident “hocevar-spins-heim” in 2025 EcoSave 250; no incident is selected.']],
    ['/phoenix-2023/follow/nobody/', '/phoenix-2023/', ['There is no driver “nobody”; no driver is followed.']],
    ['/phoenix-2023/follow/brent-crews/', '/phoenix-2023/', ['Brent Crews did not race in the 2023 Craftsman 150; no driver is followed.']],
    ['/phoenix-2023/follow/', '/phoenix-2023/', []],
    ['/phoenix-2023/hocevar-spins-heim/extra/', '/phoenix-2023/hocevar-spins-heim/', ['The address goes on past the page it names: “extra/” is ignored.']],
    ['/phoenix-2023/follow/corey-heim/a/b/c/', '/phoenix-2023/follow/corey-heim/', ['The address goes on past the page it names: “a/b/c/” is ignored.']],
    ['/compare/phoenix-2023/phoenix-2023/', '/phoenix-2023/', ['The comparison “phoenix-2023,phoenix-2023” cannot be shown: it names the same race twice; showing one race.']],
    ['/compare/roval-2025/phoenix-2023/', '/compare/phoenix-2023/roval-2025/?race=roval-2025', ['A comparison shows its races in the site’s order: the 2023 Craftsman 150 above, the 2025 EcoSave 250 below.']],
    [
      '/compare/phoenix-2023/',
      '/phoenix-2023/',
      ['The comparison “phoenix-2023” cannot be shown: a comparison takes two races, such as compare=phoenix-2023,roval-2025; showing one race.'],
    ],
  ];
  test.each(nearest)('%s opens %s, styled and working, and names what was not found', async (address, shown, said) => {
    const { page, failed } = await openOnHost(address);
    await expect.poll(() => pathAndQuery(page)).toBe(shown);
    await expect.poll(() => notices(page)).toEqual(said);
    expect(await styled(page)).toBe(true);
    // Working: the slider moves the cursor.
    const slider = page.getByRole('slider', { name: /^(Lap|Both races)$/ });
    const first = await slider.getAttribute('min');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.inputValue()).toBe(first);
    // The host answered the address itself with 404, and nothing else.
    expect(failed).toEqual([`404 ${new URL(`${host.url}${address.slice(1)}`).pathname}`]);
  });

  test.each(['phoenix-2023', 'roval-2025'])('a comparison the 404 page opens stays a comparison when %s’s file arrives last', async (late) => {
    // The 404 page fetches every race file; the app must not open before both compared races are in
    // (opened with one still loading, it fell back to one race: a race between the two files).
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    let heldBack = false;
    const page = await openApp(`${host.url}compare/roval-2025/phoenix-2023/`, {
      expectedConsoleErrors: DOCUMENT_404,
      beforeLoad: async (p) => {
        // The race files are hashed assets (assets/race-<hash>.json): which race a file is, its contents say.
        await p.route(/\/assets\/race-[^/]*\.json$/, async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          const isLate = (JSON.parse(body) as { id?: string }).id === late;
          if (isLate) {
            heldBack = true;
            await held;
          }
          await route.fulfill({ response, body });
          // The other race is in: let the app take it, then send the late one.
          if (!isLate) void afterFrames(p).then(release, release);
        });
      },
    });
    await expect.poll(() => pathAndQuery(page)).toBe('/compare/phoenix-2023/roval-2025/?race=roval-2025');
    expect(heldBack).toBe(true);
    await expect.poll(() => page.getByRole('slider', { name: 'Both races' }).count()).toBe(1);
    expect(await lapSlider(page).count()).toBe(0);
  });

  test.each(['/nope/', '/phoenix-2024/', '/a/b/c/d/e/', '/nope/phoenix-2023/'])('%s gets the 404 page: what was not found, and every race and the comparison', async (address) => {
    const { page, failed } = await openOnHost(address, { width: 390 });
    expect(await page.getByRole('heading', { name: 'Page not found' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('#not-found-what').textContent()).toBe(`There is no page at “${address}”: the address may be mistyped, or it may have been cut short when it was shared.`);
    expect(await page.title()).toBe('Page not found – Lapline');
    expect(await styled(page)).toBe(true);
    const ways = page.getByRole('region', { name: 'Page not found' }).getByRole('link');
    expect(await ways.allTextContents()).toEqual(['2023 Craftsman 150', '2025 EcoSave 250', 'Phoenix 2023 and Charlotte Roval 2025, side by side']);
    // The ways on work from any depth: the host answers each with its page.
    for (const href of await ways.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) expect((await fetch(href)).status, href).toBe(200);
    await ways.first().click();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/');
    expect(failed).toEqual([`404 ${address}`]);
  });

  test('a path with repeated slashes, which no file answers, opens its page', async () => {
    const { page, failed } = await openOnHost('//phoenix-2023//');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/');
    expect(await lapSlider(page).isVisible()).toBe(true);
    expect(await page.locator('.fatal').count()).toBe(0);
    expect(failed).toEqual(['404 //phoenix-2023//']);
  });

  test('a host that answers //phoenix-2023/ with the race’s page (vite preview does): it starts, under the root "/"', async () => {
    const page = await openApp('phoenix-2023/');
    await page.goto(page.url().replace('/phoenix-2023/', '//phoenix-2023/'));
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/');
    expect(await page.locator('.fatal').count()).toBe(0);
    expect(await lapSlider(page).isVisible()).toBe(true);
  });
});
