/**
 * Following a driver (issue 12), in Chromium against the production build: Heim followed in both
 * races through the control, the address (path form and follow=), Back and Forward, the prerendered
 * follow pages (with and without JavaScript, their tags and cards), and a link that follows someone
 * who did not race. By role and name only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam, pathAndQuery } from '../support/address.ts';
import { bothRacesSlider, chart, followControl, lapSlider, racesNav } from '../support/locators.ts';
import { head, titles } from '../support/heads.ts';
import { pngSize } from '../support/png.ts';
import { builtHtml, DIST, QUOTE_TEXTS, RACE_IDS, SITE } from '../support/site.ts';

setupBrowser();

/** The incident links (in the list) that say they are the followed driver's. */
const starredInList = (page: Page) =>
  page
    .getByRole('region', { name: 'Incidents', exact: true })
    .getByRole('link', { name: /^Lap \d+: / })
    .evaluateAll((buttons) => buttons.filter((b) => b.getAttribute('aria-describedby') === 'followed-note').map((b) => b.getAttribute('aria-label')));
/** The same on the chart. */
const ringedOnChart = (page: Page) =>
  page
    .getByRole('group', { name: /^Lap timeline/ })
    .getByRole('button', { name: /^Lap \d+: / })
    .evaluateAll((marks) => marks.filter((m) => (m.getAttribute('aria-describedby') ?? '').split(' ').includes('followed-note')).length);
const followingRow = (page: Page) => page.getByRole('region', { name: 'At this lap' }).locator('dt', { hasText: /^Following$/ }).locator('xpath=following-sibling::dd[1]');

/** Every follow page the build wrote: [race, driver]. */
function followPages(): [string, string][] {
  return RACE_IDS.filter((race) => existsSync(resolve(DIST, race, 'follow'))).flatMap((race) => readdirSync(resolve(DIST, race, 'follow')).map((driver) => [race, driver] as [string, string]));
}

describe('following Heim through the control, in both races, with Back and Forward', () => {
  test('follow Heim at Phoenix, carry him to the Roval, and walk back and forth', async () => {
    const page = await openApp('phoenix-2023/');
    await expect.poll(() => followControl(page).inputValue()).toBe('');
    const entries = await page.evaluate(() => history.length);

    await followControl(page).selectOption({ label: 'Corey Heim (10)' });
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/corey-heim/');
    expect(addressParam(page.url(), 'follow')).toBe('corey-heim');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await expect.poll(() => page.title()).toBe('Following Corey Heim, lap 179 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    await expect.poll(() => starredInList(page)).toHaveLength(10);
    expect(await ringedOnChart(page)).toBe(10);
    await expect.poll(() => followingRow(page).textContent()).toMatch(/^Corey HeimIn 10 incidents so far/);
    // A greyed incident is still a button that works.
    await chart(page).getByRole('button', { name: /^Lap 101: / }).click();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/drew-jones-crash/?follow=corey-heim');
    await page.goBack();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/corey-heim/');

    // The Roval: Heim raced there too, so he is still followed.
    await racesNav(page).getByRole('link', { name: /Roval/ }).click();
    await expect.poll(() => pathAndQuery(page)).toBe('/roval-2025/follow/corey-heim/');
    await expect.poll(() => followControl(page).inputValue()).toBe('corey-heim');
    await expect.poll(() => starredInList(page)).toHaveLength(9);
    expect(await page.getByText(/did not race|no driver is followed/).count()).toBe(0);

    await page.goBack();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/corey-heim/');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: '2023 Craftsman 150' }).count()).toBe(1);
    await expect.poll(() => followControl(page).inputValue()).toBe('corey-heim');
    await page.goBack();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/');
    await expect.poll(() => followControl(page).inputValue()).toBe('');
    await expect.poll(() => starredInList(page)).toHaveLength(0);
    await page.goForward();
    await expect.poll(() => followControl(page).inputValue()).toBe('corey-heim');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/corey-heim/');
    await page.goForward();
    await expect.poll(() => pathAndQuery(page)).toBe('/roval-2025/follow/corey-heim/');
    await expect.poll(() => starredInList(page)).toHaveLength(9);
  });

  test('Stop following returns to the full view and is a history entry of its own', async () => {
    const page = await openApp('roval-2025/?follow=corey-heim');
    await expect.poll(() => pathAndQuery(page)).toBe('/roval-2025/follow/corey-heim/');
    await page.getByRole('button', { name: 'Stop following' }).click();
    await expect.poll(() => pathAndQuery(page)).toBe('/roval-2025/');
    await expect.poll(() => starredInList(page)).toHaveLength(0);
    expect(await followingRow(page).count()).toBe(0);
    await page.goBack();
    await expect.poll(() => pathAndQuery(page)).toBe('/roval-2025/follow/corey-heim/');
    await expect.poll(() => starredInList(page)).toHaveLength(9);
  });

  test('a link that follows a driver who did not race there explains itself and opens the full view', async () => {
    const page = await openApp('roval-2025/?follow=carson-hocevar');
    await expect.poll(() => page.getByRole('status', { name: 'Notices' }).textContent()).toContain('Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.');
    await expect.poll(() => pathAndQuery(page)).toBe('/roval-2025/');
    expect(await followControl(page).inputValue()).toBe('');
  });
});

describe('following in a comparison', () => {
  test('the comparison’s page with ?follow=corey-heim hydrates with no mismatch and rings him in both races', async () => {
    // openApp fails the test on any page error: a hydration mismatch is one.
    const page = await openApp('compare/phoenix-2023/roval-2025/?follow=corey-heim');
    const timelines = chart(page);
    const ringed = () =>
      timelines.evaluateAll((charts) => charts.map((c) => c.querySelectorAll('[role="button"][aria-describedby~="followed-note"]').length));
    await expect.poll(ringed).toEqual([10, 9]);
    expect(pathAndQuery(page)).toBe('/compare/phoenix-2023/roval-2025/?follow=corey-heim');
  });

  test('a lap in the query of the comparison’s page hydrates with no mismatch either', async () => {
    const page = await openApp('compare/phoenix-2023/roval-2025/?lap=100');
    await expect.poll(() => bothRacesSlider(page).getAttribute('aria-valuetext')).toMatch(/^Phoenix 2023 lap 100 of 179/);
  });
});

describe('following in an embed', () => {
  test('an embed that follows Heim keeps his incidents ringed and named in the legend, without the control', async () => {
    const page = await openApp('phoenix-2023/follow/corey-heim/?embed=1');
    await expect.poll(() => ringedOnChart(page)).toBe(10);
    expect(await page.getByRole('list', { name: 'Legend' }).textContent()).toContain('Corey Heim');
    expect(await followControl(page).isVisible()).toBe(false);
    // The link out opens the full page, still following him.
    const out = await page.getByRole('link', { name: /Open in Lapline/ }).getAttribute('href');
    expect(new URL(out!, page.url()).pathname).toBe('/phoenix-2023/follow/corey-heim/');
  });
});

describe('the prerendered follow pages', () => {
  test('every driver has a follow page in each race, with a card, those in no incident too', () => {
    const pages = followPages();
    expect(pages).toContainEqual(['phoenix-2023', 'corey-heim']);
    expect(pages).toContainEqual(['roval-2025', 'corey-heim']);
    expect(pages).toContainEqual(['phoenix-2023', 'lawless-alan']);
    expect(pages).toHaveLength(36 + 14);
    for (const [race, driver] of pages) expect(existsSync(resolve(DIST, 'cards', race, 'follow', `${driver}.png`)), `${race}/${driver}`).toBe(true);
  });

  test.each([
    ['phoenix-2023', '2023 Craftsman 150, Phoenix Raceway', 179],
    ['roval-2025', '2025 EcoSave 250, Charlotte Motor Speedway Roval', 70],
  ])('%s/follow/corey-heim/: its own title, description with a verbatim quote, canonical and card', (race, where, laps) => {
    const html = builtHtml(`${race}/follow/corey-heim/`);
    expect(titles(html)).toEqual([`Following Corey Heim, lap ${laps} of ${laps} – ${where} – Lapline`]);
    const description = head(html, 'description')!;
    expect(description).toMatch(/^Corey Heim in the .*: in \d+ of its \d+ incidents, a title contender, .* – Corey Heim$/);
    const url = new URL(`${race}/follow/corey-heim/`, SITE).href;
    expect(head(html, 'canonical')).toBe(url);
    expect(head(html, 'og:url')).toBe(url);
    expect(head(html, 'og:image')).toBe(new URL(`cards/${race}/follow/corey-heim.png`, SITE).href);
    expect(pngSize(readFileSync(resolve(DIST, 'cards', race, 'follow', 'corey-heim.png')))).toEqual({ width: 1200, height: 630 });
  });

  test('every follow page’s description quotes only the articles’ exact words, and differs from the race page’s', () => {
    const descriptions = new Set<string>();
    for (const [race, driver] of followPages()) {
      const description = head(builtHtml(`${race}/follow/${driver}/`), 'description')!;
      for (const [, quoted] of description.matchAll(/“([^”]*)”/g)) expect(QUOTE_TEXTS, `${race}/${driver}: “${quoted}”`).toContain(quoted);
      descriptions.add(description);
    }
    expect(descriptions.size).toBe(followPages().length);
  });

  test('with JavaScript off, Heim’s Roval page shows him followed: the control, the starred incidents, where he stands', async () => {
    const page = await openApp('roval-2025/follow/corey-heim/', { javaScriptEnabled: false });
    expect(await page.title()).toBe('Following Corey Heim, lap 70 of 70 – 2025 EcoSave 250, Charlotte Motor Speedway Roval – Lapline');
    expect(await followControl(page).inputValue()).toBe('corey-heim');
    expect(await starredInList(page)).toHaveLength(9);
    expect(await followingRow(page).textContent()).toMatch(/^Corey HeimIn 9 incidents so far · last: Lap 70: .*Won the race$/);
  });

  test('with JavaScript on, the page hydrates with no error, stays followed, and a lap in the query applies', async () => {
    // openApp fails the test on any console error (a hydration mismatch is one).
    const page = await openApp('phoenix-2023/follow/corey-heim/?lap=120');
    await expect.poll(() => lapSlider(page).inputValue()).toBe('120');
    await expect.poll(() => followingRow(page).textContent()).toContain('last: Lap 120: Hocevar spins Heim');
    expect(await followControl(page).inputValue()).toBe('corey-heim');
    expect(pathAndQuery(page)).toBe('/phoenix-2023/follow/corey-heim/?lap=120');
    await followControl(page).selectOption('ben-rhodes');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/ben-rhodes/?lap=120');
    await page.goBack();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/follow/corey-heim/?lap=120');
    await expect.poll(() => followControl(page).inputValue()).toBe('corey-heim');
  });
});
