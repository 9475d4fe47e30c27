/**
 * Faults a reader meets on a bad network or after a redeploy: a code-split part whose file fails
 * to load shows what failed, in its own place, with Retry, and the rest of the page keeps working;
 * an article text that fails to load does not stop start-up; with the stylesheet blocked, the chart
 * still reads.
 */
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { afterChunk } from '../support/wait.ts';
import { incidentDetails, lapSlider } from '../support/locators.ts';

setupBrowser();

/** The browser's own log line for a file a test cuts off; the app itself must log no error. */
const CUT_OFF = [/^Failed to load resource: (net::ERR_INTERNET_DISCONNECTED|the server responded with a status of 404)/];

/** Opens `search` with the code-split chunk `chunk` ("RaceRecord") cut off, as offline, until `restore()`. */
async function openWithChunkCutOff(search: string, chunk: string) {
  let failing = true;
  const page = await openApp(search, {
    beforeLoad: async (p) => {
      await p.route(`**/assets/${chunk}-*.js`, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
    },
    expectedConsoleErrors: CUT_OFF,
  });
  return { page, restore: () => void (failing = false) };
}

describe('a file that fails to load never takes the app down', () => {
  test('the full record: an error with Retry in its place, the slider still works, Retry loads it', async () => {
    const { page, restore } = await openWithChunkCutOff('?race=phoenix-2023&lap=100', 'RaceRecord');
    await lapSlider(page).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const alert = page.getByRole('alert').filter({ hasText: 'The full record could not be loaded' });
    await alert.waitFor();
    expect(await page.getByText('Lapline hit an error').count()).toBe(0);
    expect(await page.getByText(/did not pass its checks/).count()).toBe(0);
    // The rest of the page works.
    const slider = lapSlider(page);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('101');
    restore();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('region', { name: 'The full record' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(0);
  });

  test('the article reader: an error with Retry and Close instead of the whole app failing', async () => {
    const { page, restore } = await openWithChunkCutOff('?race=phoenix-2023&event=hocevar-spins-heim', 'ArticleReader');
    const details = incidentDetails(page);
    await details.getByRole('button', { name: /Read in the article/ }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The article reader could not be loaded' });
    await alert.waitFor();
    expect(await page.getByText('Lapline hit an error').count()).toBe(0);
    expect(await details.getByRole('heading', { level: 3 }).textContent()).toBe('Hocevar spins Heim');
    restore();
    await alert.getByRole('button', { name: 'Retry' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('mark').count()).toBe(1);
  });

  test('the two wordings of the remarks: one error with one Retry in their place (not one per remark), the quotes stay, Retry shows them all', async () => {
    const { page, restore } = await openWithChunkCutOff('?race=phoenix-2023&event=hocevar-spins-heim', 'RemarkVariants');
    const details = incidentDetails(page);
    const alerts = details.getByRole('alert').filter({ hasText: 'The two wordings of these remarks could not be loaded' });
    await alerts.first().waitFor();
    expect(await alerts.count()).toBe(1);
    expect(await details.getByRole('alert').count()).toBe(1);
    expect(await page.getByText('Lapline hit an error').count()).toBe(0);
    // The quotes themselves are all there.
    expect(await details.getByRole('button', { name: /Read in the article/ }).count()).toBe(14);
    restore();
    await alerts.first().getByRole('button', { name: 'Retry' }).click();
    await details.getByText(/^Two articles report this remark by Corey Heim/).first().waitFor();
    expect(await details.getByText(/^Two articles report this remark by/).count()).toBe(3);
    expect(await details.locator('.variant ins').count()).toBeGreaterThan(0);
  });

  test('an article text that fails to load: the app starts, the quotes stay, the reader says so', async () => {
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim', {
      withoutPageData: true,
      beforeLoad: async (p) => {
        await p.route('**/000_6c3fb567d52bd841*.txt', (route) => route.fulfill({ status: 404, body: 'gone' }));
      },
      expectedConsoleErrors: CUT_OFF,
    });
    const details = incidentDetails(page);
    await details.getByText('I messed up,').waitFor();
    await details.getByText('I messed up,').locator('xpath=ancestor::figure').getByRole('button', { name: /Read in the article/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/The text of this article could not be loaded \(HTTP 404\)/).waitFor();
    expect(await dialog.locator('mark').count()).toBe(0);
  });

  test('on a prerendered page, the article text is fetched when the reader opens it; offline it says so, and Retry brings it', async () => {
    let offline = true;
    const texts: string[] = [];
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', {
      beforeLoad: async (p) => {
        p.on('request', (r) => r.url().endsWith('.txt') && texts.push(r.url()));
        await p.route('**/000_6c3fb567d52bd841*.txt', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      },
      expectedConsoleErrors: CUT_OFF,
    });
    const details = incidentDetails(page);
    await details.getByText('I messed up,').waitFor();
    expect(texts).toEqual([]);
    await details.getByText('I messed up,').locator('xpath=ancestor::figure').getByRole('button', { name: /Read in the article/ }).click();
    const dialog = page.getByRole('dialog');
    const alert = dialog.getByRole('alert');
    await alert.getByText(/The text of this article could not be loaded \(Failed to fetch\)/).waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toMatch(/Hocevar spins Heim at Phoenix/);
    expect(await dialog.locator('mark').count()).toBe(0);
    offline = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => dialog.locator('mark').textContent()).toBe('I messed up,');
    expect(await dialog.getByRole('alert').count()).toBe(0);
  });

  test('a slow article reader says it is opening, and an Escape pressed meanwhile is not lost', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim', {
      beforeLoad: async (p) => {
        await p.route('**/assets/ArticleReader-*.js', async (route) => {
          await gate;
          await route.continue();
        });
      },
    });
    await incidentDetails(page).getByRole('button', { name: /Read in the article/ }).first().click();
    await page.getByRole('status').filter({ hasText: 'Opening the article…' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => addressParam(page.url(), 'quote')).toBeNull();
    release();
    // The article's code has come and run: had the dismissed request still been pending, it would open now.
    await afterChunk(page, 'ArticleReader');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.getByText('Opening the article…').count()).toBe(0);
  });
});

describe('with the stylesheet blocked', () => {
  test('the chart still reads: no black block where its bands, hit areas and scrub surface are', async () => {
    const page = await openApp('phoenix-2023/', {
      width: 1280,
      height: 900,
      expectedConsoleErrors: [/Failed to load resource/],
      beforeLoad: async (p) => void (await p.route(/\.css$/, (route) => route.abort())),
    });
    const share = await page.evaluate(() => {
      const svg = document.querySelector('svg.timeline')!;
      const whole = svg.getBoundingClientRect();
      let black = 0;
      for (const shape of svg.querySelectorAll('rect, circle')) {
        const style = getComputedStyle(shape);
        if (style.fill !== 'rgb(0, 0, 0)' || Number(style.fillOpacity) === 0 || style.display === 'none') continue;
        const r = shape.getBoundingClientRect();
        black += r.width * r.height;
      }
      return black / (whole.width * whole.height);
    });
    expect(share).toBeLessThan(0.02);
  });
});
