/**
 * Accessibility: axe-core on the production build in the views a reader meets, in light and dark,
 * on a desktop and a phone, with the article reader (a modal dialog) open. Every violation is
 * printed; the test fails on any of serious or critical impact.
 *
 * axe-core's own script is evaluated in the page through the DevTools protocol (page.evaluate), which
 * the page's Content-Security-Policy does not apply to, so the app is audited under its real CSP.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, type OpenAppOptions, setupBrowser } from '../support/browser.ts';
import { incidentDetails } from '../support/locators.ts';
import { axeViolations, isSeriousOrCritical } from '../support/axe.ts';
import type { Result } from 'axe-core';

setupBrowser();


/** A view to audit: the link, the window, and what must be on screen before axe runs. */
type Scenario = { name: string; search: string; options?: OpenAppOptions; ready: (page: Page) => Promise<unknown> };

// Any slider: the contract's name ("Lap") is the journeys' business; here axe should judge whatever is there.
const slider = (page: Page) => page.getByRole('slider').first().waitFor();
const incident = (page: Page) => incidentDetails(page).getByRole('heading', { name: /Hocevar/ }).first().waitFor();
const dialog = (page: Page) => page.getByRole('dialog').waitFor();

const SCENARIOS: Scenario[] = [
  { name: 'Phoenix 2023, default view', search: '?race=phoenix-2023', ready: slider },
  { name: 'Roval 2025, default view', search: '?race=roval-2025', ready: slider },
  { name: 'an incident selected', search: '?race=phoenix-2023&event=hocevar-spins-heim', ready: incident },
  { name: 'no-spoilers mode mid-race', search: '?race=phoenix-2023&lap=60&spoilers=hide', ready: slider },
  { name: 'phone width (390 px)', search: '?race=phoenix-2023&event=hocevar-spins-heim', options: { width: 390, height: 844 }, ready: incident },
  { name: 'dark colour scheme', search: '?race=phoenix-2023&event=hocevar-spins-heim', options: { colorScheme: 'dark' }, ready: incident },
  { name: 'dark colour scheme, Roval', search: '?race=roval-2025', options: { colorScheme: 'dark' }, ready: slider },
  // Following a driver (issue 12): the ringed and greyed marks, the starred list, the Following row.
  { name: 'following Heim, Phoenix', search: 'phoenix-2023/follow/corey-heim/?lap=120', ready: slider },
  { name: 'following Heim, Roval, phone, dark', search: 'roval-2025/follow/corey-heim/', options: { width: 390, height: 844, colorScheme: 'dark' }, ready: slider },
  { name: 'following Heim with an incident selected, dark', search: 'phoenix-2023/hocevar-spins-heim/?follow=corey-heim', options: { colorScheme: 'dark' }, ready: incident },
  { name: 'article reader open', search: '?race=phoenix-2023&event=hocevar-spins-heim&quote=hocevar-i-messed-up', ready: dialog },
  {
    name: 'article reader open, phone, dark',
    search: '?race=phoenix-2023&event=hocevar-spins-heim&quote=hocevar-i-messed-up',
    options: { width: 390, height: 844, colorScheme: 'dark' },
    ready: dialog,
  },
];


/** Elements listed per violation in the log; a rule broken by every item of a list says it all in a few. */
const MAX_NODES = 5;

/** One line per violation and one per element it was found on (the first few), for the test log. */
function describeViolation(v: Result): string {
  const nodes = v.nodes
    .slice(0, MAX_NODES)
    .map((n) => `    at ${n.target.join(' ')}: ${n.html.slice(0, 160)}\n       ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`);
  if (v.nodes.length > MAX_NODES) nodes.push(`    … and ${v.nodes.length - MAX_NODES} more element(s)`);
  return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
}

describe('accessibility (axe-core)', () => {
  test.each(SCENARIOS)('$name has no serious or critical violation', async ({ name, search, options, ready }) => {
    const page = await openApp(search, options);
    await ready(page);
    const violations = await axeViolations(page);
    if (violations.length > 0) console.log(`axe: ${violations.length} violation(s) in "${name}" (${search}):\n${violations.map(describeViolation).join('\n')}`);
    const blocking = violations.filter(isSeriousOrCritical);
    expect(blocking.map((v) => `${v.impact} ${v.id} on ${v.nodes.length} element(s), e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
});

describe('accessibility (axe-core), every impact, where the review found moderate ones', () => {
  const EMBEDS: Scenario[] = [
    { name: 'embed, Phoenix', search: 'phoenix-2023/hocevar-spins-heim/?embed=1', ready: incident },
    { name: 'embed, Roval, dark', search: 'roval-2025/?embed=1', options: { colorScheme: 'dark' }, ready: slider },
  ];
  test.each(EMBEDS)('$name: no violation at all (a level-one heading, everything in a landmark)', async ({ search, options, ready }) => {
    const page = await openApp(search, options);
    await ready(page);
    await page.locator('.embed-open').waitFor();
    const violations = await axeViolations(page);
    expect(violations.map(describeViolation)).toEqual([]);
  });

  test('printed: the page keeps its level-one heading', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/');
    await incident(page);
    await page.emulateMedia({ media: 'print' });
    const violations = await axeViolations(page);
    expect(violations.map(describeViolation)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1, name: 'Lapline' }).count()).toBe(1);
  });
});
