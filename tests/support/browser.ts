/**
 * Browser plumbing shared by the e2e tests: one Chromium per test file, a fresh context per
 * openApp() call, and a hard failure on any console error, uncaught page error or dialog.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import { appUrl } from './address.ts';
import { waitForApp } from './wait.ts';

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

/** Saves a full-page PNG as tests/e2e/__output__/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = resolve(OUTPUT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
