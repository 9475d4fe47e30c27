/**
 * User journeys, written against the app's public contract (roles, accessible names, URL params),
 * never against CSS classes, so restyling the app cannot break them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressOfPage, addressParam, param } from '../support/address.ts';
import { afterFrames } from '../support/wait.ts';
import { incidentDetails, incidentsList, lapSlider, racesNav } from '../support/locators.ts';

setupBrowser();


/**
 * The lap slider's value, min or max as a number (NaN while missing, so polls keep waiting).
 * Reads aria-value* and falls back to a native <input type="range">'s own value/min/max,
 * which is what assistive tech sees when the app does not duplicate them as attributes.
 */
const sliderAttr = (page: Page, attr: 'aria-valuenow' | 'aria-valuemin' | 'aria-valuemax') => async (): Promise<number> => {
  const raw = await lapSlider(page).evaluate((el, name) => {
    const aria = el.getAttribute(name);
    if (aria !== null || !(el instanceof HTMLInputElement)) return aria;
    return name === 'aria-valuenow' ? el.value : name === 'aria-valuemin' ? el.min || '0' : el.max || '100';
  }, attr);
  return raw === null || raw === '' ? Number.NaN : Number(raw);
};


/** Text of every role="status" notice (there may be several live regions). */
const statusText = async (page: Page): Promise<string> => (await page.getByRole('status').allTextContents()).join('\n');

describe('Lapline journeys', () => {
  test('deep link to an incident: select it, share the URL, reopen it', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Lapline');
    await expect.poll(sliderAttr(page, 'aria-valuenow')).toBe(120);
    await expect
      .poll(() => racesNav(page).getByRole('link', { name: /Phoenix/ }).getAttribute('aria-current'))
      .toBe('page');

    await incidentsList(page).getByRole('link', { name: /^Lap 120: .*Hocevar/ }).click();
    await expectHocevarDetails(page);
    await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');

    // The shared link must restore the same view in a fresh browser context (no in-memory state).
    const lap = await sliderAttr(page, 'aria-valuenow')();
    const reopened = await openApp(addressOfPage(page));
    await expectHocevarDetails(reopened);
    await expect.poll(sliderAttr(reopened, 'aria-valuenow')).toBe(lap);
  });

  test("an incident in the list is a real link: a modified click opens its page in a new tab and leaves this one as it was", async () => {
    const page = await openApp('?race=phoenix-2023&lap=30');
    const link = incidentsList(page).getByRole('link', { name: /^Lap 120: .*Hocevar/ });
    expect(await link.getAttribute('href')).toBe('/phoenix-2023/hocevar-spins-heim/');
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe('/phoenix-2023/hocevar-spins-heim/');
    await expectHocevarDetails(opened);
    // This tab did not follow the click: no incident selected, the cursor where it was.
    expect(param(page, 'event')()).toBeNull();
    await expect.poll(sliderAttr(page, 'aria-valuenow')).toBe(30);
    await opened.close();
  });

  test('keyboard scrubbing moves the lap and replaces (not pushes) the URL', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120');
    const slider = lapSlider(page);
    await expect.poll(sliderAttr(page, 'aria-valuenow')).toBe(120);
    const historyLength = await page.evaluate(() => history.length);

    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
    await expectLap(page, 123, 179);
    await slider.press('PageUp');
    await expectLap(page, 133, 179);
    await slider.press('Home');
    await expectLap(page, await sliderAttr(page, 'aria-valuemin')(), 179);
    await slider.press('End');
    // The race's page opens on its last lap: the address is just /phoenix-2023/.
    await expectLap(page, 179, 179);
    await expect.poll(sliderAttr(page, 'aria-valuemax')).toBe(179);

    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('Back and Forward walk through selected incidents', async () => {
    const page = await openApp('?race=phoenix-2023');
    const entries = () => page.evaluate(() => history.length);
    const opened = await entries();
    await incidentsList(page).getByRole('link', { name: /^Lap 120: / }).first().click();
    await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');
    // Each selection is one history entry of its own.
    await expect.poll(entries).toBe(opened + 1);
    // Any other incident: a button whose lap is not 120.
    await incidentsList(page).getByRole('link', { name: /^Lap (?!120:)\d+: / }).first().click();
    await expect.poll(param(page, 'event')).not.toBe('hocevar-spins-heim');
    await expect.poll(param(page, 'event')).not.toBeNull();
    await expect.poll(entries).toBe(opened + 2);

    await page.goBack();
    await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');
    await expectHocevarDetails(page);

    await page.goBack();
    await expect.poll(param(page, 'event')).toBeNull();
    // Either the region is gone or it says nothing is selected.
    await expect
      .poll(async () => ((await incidentDetails(page).count()) === 0 ? 'none' : await incidentDetails(page).textContent()))
      .toMatch(/^none$|nothing|no incident|not selected|select an? incident/i);

    await page.goForward();
    await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');
    await expectHocevarDetails(page);
  });

  test('Roval race: 70 laps and a lap-1 incident', async () => {
    const page = await openApp('?race=roval-2025');
    await expect.poll(sliderAttr(page, 'aria-valuemax')).toBe(70);
    await expect
      .poll(() => racesNav(page).getByRole('link', { name: /Roval/ }).getAttribute('aria-current'))
      .toBe('page');
    await expect.poll(() => page.getByRole('button', { name: /^Lap 1: / }).count()).toBeGreaterThan(0);
  });

  test('a mangled link renders the app, explains what was ignored and runs no injected HTML', async () => {
    // The harness fails the test on any dialog, so an executed alert(1) cannot go unnoticed.
    const page = await openApp('?race=nope&lap=abc&event=%3Cscript%3Ealert(1)%3C/script%3E');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Lapline');
    await expect.poll(() => lapSlider(page).isVisible()).toBe(true);

    // Each ignored param is named by its key or its value.
    await expect.poll(() => statusText(page)).toMatch(/race|nope/i);
    const notice = await statusText(page);
    expect(notice).toMatch(/lap|abc/i);
    expect(notice).toMatch(/event|script/i);

    // If the value is echoed at all it must be text: innerHTML would then hold "&lt;script&gt;", never a tag.
    const dom = await page.evaluate(() => ({
      injectedScripts: Array.from(document.scripts).filter((s) => s.text.includes('alert(1)')).length,
      rawTag: document.body.innerHTML.includes('<script>alert'),
    }));
    expect(dom).toEqual({ injectedScripts: 0, rawTag: false });
  });

  test('a lap past the end is clamped to the last lap, with a notice', async () => {
    const page = await openApp('?race=phoenix-2023&lap=9999');
    await expect.poll(sliderAttr(page, 'aria-valuenow')).toBe(179);
    await expect.poll(() => statusText(page)).toMatch(/9999|179/);
  });
});

/** The "Incident details" region shows Hocevar spinning Heim on lap 120, with both drivers' quotes. */
async function expectHocevarDetails(page: Page): Promise<void> {
  const region = incidentDetails(page);
  // The region may have its own "Incident details" heading; the title is another heading inside it.
  await expect.poll(() => region.getByRole('heading', { name: /Hocevar/ }).count()).toBeGreaterThan(0);
  await expect.poll(() => region.getByRole('blockquote').filter({ hasText: 'I messed up' }).count()).toBeGreaterThan(0);
  await expect.poll(() => region.getByRole('blockquote').filter({ hasText: 'wrecked me' }).count()).toBeGreaterThan(0);
  // innerText, not textContent: it keeps the line breaks between blocks, so "Lap 120" and "exact" stay separate words.
  const text = await region.innerText();
  expect(text).toMatch(/lap\s*120/i);
  expect(text).toMatch(/\b(exact|approximate|inferred)\b/i);
  // Speakers are named next to their quotes: both names remain once the headings and quotes are removed.
  let rest = text;
  for (const role of ['heading', 'blockquote'] as const) {
    for (const part of await region.getByRole(role).allInnerTexts()) rest = rest.replace(part, '');
  }
  expect(rest).toMatch(/Hocevar/);
  expect(rest).toMatch(/Heim/);
}

/** The slider shows `lap` and the URL's `lap` param follows it. */
/** The slider and the address show `lap`; the address leaves out the lap its page opens on (`opensOn`). */
async function expectLap(page: Page, lap: number, opensOn: number): Promise<void> {
  await expect.poll(sliderAttr(page, 'aria-valuenow')).toBe(lap);
  await expect.poll(param(page, 'lap')).toBe(lap === opensOn ? null : String(lap));
}

describe('article reader and history', () => {
  test('closing the article reader adds no history entry that Back would reopen', async () => {
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const before = await page.evaluate(() => history.length);
    await incidentDetails(page).getByRole('button', { name: /Read in the article/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close article' }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await afterFrames(page);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(addressParam(page.url(), 'quote')).toBeNull();
  });
});
