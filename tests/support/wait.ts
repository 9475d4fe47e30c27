/**
 * Waiting in the end-to-end tests for a state of the page, never for a guessed time: the app started,
 * the frames after an input, an interval on the page's own clock, a code-split chunk loaded and run.
 */
import type { Page } from 'playwright-core';

/**
 * Waits until the app's code runs in the page (it marks <html data-started>): the page's script loads
 * it only once the page has painted (src/app/boot.ts), so the load event does not mean it is there.
 * Call after a reload too.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
  // And until the parts that load after the app (PrerenderedPart) work, as they do a moment later for
  // a reader. Bounded, and not a failure: a test that blocks a part's code checks what shows instead.
  await page.waitForFunction(() => document.querySelectorAll('[data-late-part]:not([data-live])').length === 0, null, { timeout: 10_000 }).catch(() => {});
}

/**
 * Waits for the page to render two frames after now: whatever the app does in answer to the last
 * input or history step (its render, its effects, the work it defers to the next frame) has run.
 * A state to wait for before asserting that something did NOT happen, instead of a guessed sleep.
 */
export async function afterFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

/**
 * Waits, on the page's own clock, until a timer the app set with this delay just before would have
 * fired (timers of one page fire in deadline order), then for two frames: for asserting that
 * nothing happened over an interval of the app's (a tooltip's hide delay, a Play tick), however
 * slow the machine.
 */
export async function afterAppTimer(page: Page, ms: number): Promise<void> {
  await page.evaluate((delay) => new Promise<void>((done) => setTimeout(done, delay)), ms);
  await afterFrames(page);
}

/**
 * Waits until the code-split chunk whose file name matches `name` (e.g. "ArticleReader") has loaded
 * and run in the page: importing the same URL resolves only once that module has been evaluated, and
 * after the app's own import of it (which was waiting first); then two frames for what it renders.
 */
export async function afterChunk(page: Page, name: string): Promise<void> {
  // The chunk's URL, once the page has asked for it (waitForFunction hands back the first truthy value).
  const found = await page.waitForFunction((n) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.split('/').pop()!.startsWith(`${n}-`))?.name, name);
  const url = await found.jsonValue();
  // A string, not a function: the test's own transform would rewrite a function's import().
  await page.evaluate(`import(${JSON.stringify(url)}).then(() => undefined)`);
  await afterFrames(page);
}
