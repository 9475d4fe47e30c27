/**
 * axe-core for the end-to-end tests: run in the page, under its real CSP (the page allows the
 * evaluated source, as a browser extension would run it), over the whole document or one part of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Locator, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Axe = { axe: { run: (context: Document | Element, options: object) => Promise<AxeResults> } };

/**
 * Runs axe-core on the whole document, or only on the element `within` finds (a region of the page),
 * and returns its violations (every rule, every impact).
 */
export async function axeViolations(page: Page, within?: Locator): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  const options = { resultTypes: ['violations'] };
  const results = within
    ? await within.evaluate((element, opts) => (window as unknown as Axe).axe.run(element, opts), options)
    : await page.evaluate((opts) => (window as unknown as Axe).axe.run(document, opts), options);
  return results.violations;
}

/** A violation that fails a test wherever axe runs: of serious or critical impact. */
export const isSeriousOrCritical = (violation: Result): boolean => violation.impact === 'serious' || violation.impact === 'critical';
