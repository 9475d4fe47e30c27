/**
 * Content-Security-Policy: the production build carries a policy (a <meta> tag, vite.config.ts) that
 * forbids inline script, the app works under it, and nothing the app does trips it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../src/lib/decodeEntities.ts';
import { assertNoPageProblems, openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { waitForApp } from '../support/wait.ts';
import { incidentDetails, incidentsList, lapSlider } from '../support/locators.ts';
import { builtHtml } from '../support/site.ts';

setupBrowser();

/** The policy's directives by name, e.g. { 'script-src': ["'self'"] }. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([directive]) => directive)
      .map(([directive, ...sources]) => [directive!.toLowerCase(), sources]),
  );
}

/** Records every securitypolicyviolation from the first script on (an init script runs before the app's). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('Content-Security-Policy', () => {
  test('dist/index.html has a CSP meta tag whose script-src forbids inline script', () => {
    const html = builtHtml('');
    const meta = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
    expect(meta, 'no <meta http-equiv="Content-Security-Policy"> in dist/index.html').toBeDefined();
    // Vite writes ' as &#39; in the attribute.
    const policy = directives(decodeEntities(/\bcontent=["']([^"']*)["']/i.exec(meta!)?.[1] ?? ''));
    // script-src falls back to default-src when absent; one of them must be there.
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSrc, 'neither script-src nor default-src is set').toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // Sources that would let an attacker's script in by another door.
    for (const loose of ['*', 'data:', 'blob:', 'http:', 'https:']) expect(scriptSrc).not.toContain(loose);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // Inline script in the build itself would be refused by its own policy. The page's data block
    // (type="application/json") is not script: the browser never runs it, and the app parses it.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>\s*\S/i);
    expect(html).toMatch(/<script type="application\/json" id="lapline-data">\{/);
  });

  test('the browser refuses an inline script under the policy', async () => {
    const page = await openApp('?race=phoenix-2023');
    await lapSlider(page).waitFor();
    const ran = await page.evaluate(async () => {
      const blocked = new Promise<string>((done) => document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return { directive: await blocked, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(ran).toEqual({ directive: 'script-src-elem', ran: false });
    // The refusal is logged as a console error, which is the point here, not a problem of the app.
    expect(() => assertNoPageProblems()).toThrow(/Content Security Policy/);
  });

  test('the app works under the policy and trips none of it', async () => {
    const page = await openApp('?race=phoenix-2023');
    const violations = await watchViolations(page);
    const slider = lapSlider(page);
    await slider.waitFor();
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '')).toMatch(/script-src 'self'/);

    // Scrub, select an incident, open its article: the paths that load data and lazy code.
    await slider.focus();
    await slider.press('ArrowLeft');
    await incidentsList(page).getByRole('link', { name: /^Lap 120: .*Hocevar/ }).click();
    const details = incidentDetails(page);
    await expect.poll(() => details.getByRole('heading', { name: /Hocevar/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => addressParam(page.url(), 'event')).toBe('hocevar-spins-heim');
    const reopened = await openApp('?race=phoenix-2023&event=hocevar-spins-heim&quote=hocevar-i-messed-up');
    const reopenedViolations = await watchViolations(reopened);
    await reopened.getByRole('dialog').waitFor();

    expect(await violations()).toEqual([]);
    expect(await reopenedViolations()).toEqual([]);
  });
});
