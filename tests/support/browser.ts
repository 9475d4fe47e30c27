/**
 * Browser plumbing shared by the e2e tests: one Chromium per test file, a fresh context per
 * openApp() call, and a hard failure on any console error, uncaught page error or dialog.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

/** Options for openApp(); defaults are a 1280x800 light-mode desktop window. */
export interface OpenAppOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Runs after the page exists and before it navigates, e.g. to route (replace) a data file. */
  beforeLoad?: (page: Page) => Promise<void>;
  /**
   * Console errors a fault-injection test causes on purpose (the browser's own "Failed to load
   * resource" for a file the test cuts off); anything else still fails the test.
   */
  expectedConsoleErrors?: RegExp[];
  /**
   * Serves the page without the data it carries (its inline JSON block), so the app fetches every
   * file, as it does where a page has no data with it (the dev server) or its block is unreadable.
   * For the tests of that loading path (slow, failing and broken files).
   */
  withoutPageData?: boolean;
  /** False opens the page as a reader with JavaScript turned off sees it. */
  javaScriptEnabled?: boolean;
  /** False returns once the page has loaded, without waiting for the app (a test that holds or blocks its code). */
  waitForStart?: boolean;
  /** A phone: a touch screen, and the mobile viewport's behaviour. */
  touch?: boolean;
}

/** Something that went wrong in a page: a console.error, an uncaught exception, or an alert/confirm/prompt. */
export interface PageProblem {
  kind: 'console' | 'pageerror' | 'dialog';
  text: string;
  /** The page's URL when it happened, so failures with several pages open are traceable. */
  url: string;
}

/** Folder for screenshots (tests/e2e/__output__, git-ignored); for humans to look at, never compared. */
export const OUTPUT_DIR = resolve(import.meta.dirname, '../e2e/__output__');

/** Every race the project has (a folder under src/data/races), in id order: the suites go through whatever races there are. */
export const RACE_IDS: readonly string[] = readdirSync(resolve(import.meta.dirname, '../../src/data/races'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
const problems: PageProblem[] = [];

/** Registers the hooks: launch Chromium before the file, fail each test on page problems, close Chromium after. Call once per test file. */
export function setupBrowser(): void {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS] });
  });
  afterEach(async () => {
    // Close first so nothing more can be logged, then fail the test if anything was.
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    assertNoPageProblems();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
}

/** Throws (failing the current test) if any page logged a console error, threw, or opened a dialog since the last check; clears the list. */
export function assertNoPageProblems(): void {
  const found = problems.splice(0);
  if (found.length === 0) return;
  const lines = found.map((p, i) => `  ${i + 1}. [${p.kind}] ${p.text}\n     at ${p.url}`);
  throw new Error(`${found.length} page problem(s):\n${lines.join('\n')}`);
}

/** Absolute URL of the app with the given query string ("?race=…" or "race=…"; empty for the bare app), or an absolute URL as it is (another server's). */
export function appUrl(search = ''): string {
  if (/^https?:\/\//.test(search)) return search;
  // A page's path ("phoenix-2023/hocevar-spins-heim/?lap=130") or a query ("?race=…", "race=…").
  if (/^\/?[a-z0-9-]+\//.test(search)) return `${inject('baseURL')}${search.replace(/^\//, '')}`;
  const query = search === '' || search.startsWith('?') ? search : `?${search}`;
  return `${inject('baseURL')}${query}`;
}

/** The app's folder on the test server ("/"). */
const basePath = () => new URL(inject('baseURL')).pathname;

/**
 * One parameter of the view an address shows, as the app reads it: the race and the incident (or the
 * driver followed) from the path (/<race>/<event>/, /<race>/follow/<driver>/), anything else from
 * the query. Null when the address does not give it (a lap the page opens on anyway is left out of
 * the address). A comparison's page (/compare/<race>/<race>/) gives `compare` as "<race>,<race>",
 * and leaves `race` and `event` to the query.
 */
export function addressParam(url: string, name: string): string | null {
  const { pathname, searchParams } = new URL(url);
  const all = pathname.slice(basePath().length).split('/').filter(Boolean);
  // A spoiler-free page (/<race>/no-spoilers/, /compare/<a>/<b>/no-spoilers/) stands for spoilers=hide.
  const spoilerFree = all.at(-1) === 'no-spoilers';
  if (spoilerFree && name === 'spoilers') return 'hide';
  if (spoilerFree && all.length === 2) return name === 'race' ? all[0]! : searchParams.get(name);
  const segments = spoilerFree ? all.slice(0, -1) : all;
  if (segments[0] === 'compare' && segments.length === 3) return name === 'compare' ? segments.slice(1).join(',') : searchParams.get(name);
  const [race, event, driver] = segments;
  const followPage = event === 'follow' && driver !== undefined;
  if (name === 'race') return race ?? searchParams.get('race');
  if (name === 'event') return race !== undefined ? (followPage ? null : (event ?? null)) : searchParams.get('event');
  if (name === 'follow' && followPage) return driver;
  return searchParams.get(name);
}

/** The page's address relative to the app's folder, to open again in a fresh context (openApp). */
export function addressOfPage(page: Page): string {
  const url = new URL(page.url());
  return url.pathname.slice(basePath().length) + url.search;
}

/** Opens the app in a new browser context and waits for the page to load; problems in it are recorded for the afterEach check. */
export async function openApp(search = '', opts: OpenAppOptions = {}): Promise<Page> {
  if (!browser) throw new Error('No browser: call setupBrowser() at the top of the test file.');
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    colorScheme: opts.colorScheme ?? 'light',
    // Stable screenshots and timings: the app should honour this and skip D3 transitions.
    reducedMotion: 'reduce',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    ...(opts.touch && { isMobile: true, hasTouch: true }),
  });
  contexts.push(context);
  // Playwright's 30 s default equals the test timeout; fail a missing element sooner, with its own message.
  context.setDefaultTimeout(5_000);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (opts.expectedConsoleErrors?.some((pattern) => pattern.test(msg.text()))) return;
    const { url, lineNumber } = msg.location();
    problems.push({ kind: 'console', text: `${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`, url: page.url() });
  });
  page.on('pageerror', (error) => {
    problems.push({ kind: 'pageerror', text: error.stack ?? error.message, url: page.url() });
  });
  // Listening before goto() catches an injected alert() during the very first render.
  // The app never opens dialogs, so any dialog is a bug (or an XSS); dismiss it so the page does not hang.
  page.on('dialog', (dialog) => {
    problems.push({ kind: 'dialog', text: `${dialog.type()}: ${dialog.message()}`, url: page.url() });
    void dialog.dismiss();
  });
  if (opts.withoutPageData) {
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="application\/json" id="lapline-data">[\s\S]*?<\/script>/, '');
      await route.fulfill({ response, body });
    });
  }
  await opts.beforeLoad?.(page);
  await page.goto(appUrl(search), { waitUntil: 'load' });
  if (opts.javaScriptEnabled !== false && opts.waitForStart !== false) await waitForApp(page);
  return page;
}

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

/** Saves a full-page PNG as tests/e2e/__output__/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = resolve(OUTPUT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
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
  await page.waitForFunction((n) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.split('/').pop()!.startsWith(`${n}-`)), name);
  const url = await page.evaluate((n) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.split('/').pop()!.startsWith(`${n}-`))!.name, name);
  // A string, not a function: the test's own transform would rewrite a function's import().
  await page.evaluate(`import(${JSON.stringify(url)}).then(() => undefined)`);
  await afterFrames(page);
}
