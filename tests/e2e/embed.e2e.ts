/**
 * The embed (issue 11): Share offers an iframe snippet; pasted into a host page, the iframe shows the
 * compact view (timeline, slider, incident panel, a link out, no masthead), reports its height and the
 * snippet's script sizes it; the embed stays an embed as the reader scrubs.
 */
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { lapSlider } from '../support/locators.ts';

setupBrowser();

describe('the embed', () => {
  test('Share gives a snippet that, pasted into a news page, shows the moment and sizes itself', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/');
    await page.getByRole('button', { name: 'Embed…' }).click();
    const snippet = await page.getByRole('textbox', { name: /Embed this moment/ }).inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/phoenix-2023\/hocevar-spins-heim\/\?embed=1" title="Lapline: Hocevar spins Heim, lap 120 – /);

    // A news article on another origin (127.0.0.1 instead of localhost: a different site to the
    // browser) with the snippet pasted in.
    const host = new URL('/news/article.html', page.url().replace('//localhost:', '//127.0.0.1:')).href;
    await page.route(host, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body style="margin:0"><h1>News</h1><p>Before.</p>${snippet}<p>After.</p></body></html>` }),
    );
    await page.goto(host);
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await frame.getByRole('region', { name: 'Incident details' }).waitFor();
    // The iframe takes the height its content reports: no inner scroll bar, no empty space.
    await expect
      .poll(async () => {
        const outer = (await iframe.boundingBox())!.height;
        const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
        return Math.abs(outer - inner) <= 1 && outer > 720;
      })
      .toBe(true);
    // Compact: no masthead shown (its h1 stays, for assistive tech, in a 1 px box), no incident list, no share bar; the timeline, the slider, the incident and a link out.
    expect((await frame.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(1);
    expect(await frame.getByRole('navigation', { name: 'Races', exact: true }).isVisible()).toBe(false);
    expect(await frame.getByRole('region', { name: 'Incidents' }).isVisible()).toBe(false);
    expect(await frame.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    expect(await frame.getByRole('slider', { name: 'Lap', exact: true }).isVisible()).toBe(true);
    expect(await frame.getByRole('group', { name: /^Lap timeline/ }).isVisible()).toBe(true);
    const out = frame.getByRole('link', { name: /Open in Lapline/ });
    expect(await out.getAttribute('target')).toBe('_blank');
    expect(new URL((await out.getAttribute('href'))!, 'http://x').pathname).toBe('/phoenix-2023/hocevar-spins-heim/');
  });

  test('stays an embed as the reader scrubs, and its link out follows without the embed', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/?embed=1');
    const slider = lapSlider(page);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => addressParam(page.url(), 'lap')).toBe('121');
    expect(addressParam(page.url(), 'embed')).toBe('1');
    await expect.poll(() => page.getByRole('link', { name: /Open in Lapline/ }).getAttribute('href')).toBe('/phoenix-2023/hocevar-spins-heim/?lap=121');
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(1);
  });

  test('leads nowhere inside the frame but out: no "compare with" link, which a full page has', async () => {
    const full = await openApp('phoenix-2023/hocevar-spins-heim/');
    const fullLink = full.getByRole('link', { name: /^compare with / }).first();
    await expect.poll(() => fullLink.isVisible()).toBe(true);
    const page = await openApp('phoenix-2023/hocevar-spins-heim/?embed=1');
    await page.getByRole('link', { name: /Open in Lapline/ }).waitFor();
    // Hydrated: the incident's details are there; the comparison's link is in the page, not shown.
    await page.getByRole('heading', { name: 'Hocevar spins Heim' }).waitFor();
    const links = page.getByRole('link', { name: /^compare with / });
    expect(await links.evaluateAll((all) => all.filter((a) => a.getClientRects().length > 0).length)).toBe(0);
  });

  test('a page that is not an embed stays one: no link out, no embed in its address', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/');
    await lapSlider(page).waitFor();
    // Hydrated (the title follows the view only then), and the address has not become an embed's.
    await expect.poll(() => page.evaluate(() => document.title)).toMatch(/^Hocevar spins Heim/);
    await expect.poll(() => page.url()).toMatch(/\/phoenix-2023\/hocevar-spins-heim\/$/);
    const root = await openApp('?race=roval-2025');
    await expect.poll(() => root.url()).toMatch(/\/roval-2025\/$/);
    expect(addressParam(root.url(), 'embed')).toBeNull();
    expect(await page.getByRole('link', { name: /Open in Lapline/ }).count()).toBe(0);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
  });

  test('is compact from the first frame and keeps its height as the reader picks incidents', async () => {
    // Before the app starts (its code held back for good), the page is already the embed: no masthead, no summary.
    const early = await openApp('phoenix-2023/hocevar-spins-heim/?embed=1', {
      width: 640,
      waitForStart: false,
      beforeLoad: async (p) => {
        await p.route(/\/assets\/app-[^/]*\.js$/, () => new Promise(() => {}));
      },
    });
    await early.waitForLoadState('domcontentloaded');
    expect(await early.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(true);
    expect(await early.locator('.summary').isVisible()).toBe(false);
    await early.close();
    // Started: the height a host sizes its iframe to stays within a few hundred pixels from incident to incident.
    const page = await openApp('phoenix-2023/hocevar-spins-heim/?embed=1', { width: 640 });
    const height = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const first = await height();
    expect(first).toBeLessThan(1600);
    for (const name of [/^Lap 1: /, /^Lap 179: Rhodes/, /^Lap 54: /]) {
      await page.getByRole('button', { name }).first().click();
      expect(Math.abs((await height()) - first)).toBeLessThan(400);
    }
  });
});

