/**
 * axe-core for the end-to-end tests: run in the page, under its real CSP (the page allows the
 * evaluated source, as a browser extension would run it), over the whole document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the whole document and returns its violations (every rule, every impact). */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations;
}
