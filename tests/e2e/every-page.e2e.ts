/**
 * What every prerendered page gives a reader and a link preview, page by page (issue 21): the list
 * of pages is the build's own (data/pages.ts pagesOf over the shipped dataset, so a newsroom's
 * third race is checked too). Each page has one title, a description, a canonical URL and og:url
 * that are its own address, Open Graph and Twitter tags that agree, and an og:image that is its own
 * card (a 1200×630 PNG no other page uses); everything it puts in quotation marks is an article's
 * exact words; it emits no inline script (the CSP would refuse it). For a sample of pages, the
 * card in the build is the one drawn for that page, not another's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataset } from '../../src/data/load/bundledDataset';
import { cardFileOf, pagePath, pagesOf, type PageId } from '../../src/data/pages';
import { decodeEntities } from '../../src/lib/decodeEntities.ts';
import { openCardRenderer } from '../../scripts/build/cards.mjs';
import type { CardRenderer } from '../../scripts/build/cards.mjs';
import { heads, titles } from '../support/heads.ts';
import { pngSize } from '../support/png.ts';
import { builtHtml, DIST, SITE } from '../support/site.ts';

const pages = pagesOf(dataset);
const quoteTexts = new Set(dataset.quotes.map((q) => q.text));

const pageHtml = (page: PageId): string => builtHtml(pagePath(page).slice(1));

/** The visible text of a page's body, tags dropped and entities decoded (what a reader with JavaScript off reads). */
function bodyText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return decodeEntities(body.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

describe('every prerendered page, as a reader and a link preview get it', () => {
  test('the build has a page for every page of the list, and more than the two shipped races would give if it held only one', () => {
    expect(pages.length).toBeGreaterThan(dataset.races.size * 2);
    const missing = pages.map(pagePath).filter((path) => !existsSync(resolve(DIST, path.slice(1), 'index.html')));
    expect(missing).toEqual([]);
  });

  test.each(pages.map((page) => [pagePath(page), page] as const))('%s', (path, page) => {
    const html = pageHtml(page);
    expect(titles(html)).toHaveLength(1);
    const title = titles(html)[0]!;
    expect(title).toMatch(/\S.* – Lapline$/);
    const url = new URL(path.slice(1), SITE).href;
    // One of each, and they agree: a preview reads whichever it knows.
    for (const key of ['description', 'canonical', 'og:url', 'og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
      expect(heads(html, key), key).toHaveLength(1);
    }
    const [description] = heads(html, 'description');
    expect(description!.length).toBeGreaterThan(40);
    expect(heads(html, 'canonical')).toEqual([url]);
    expect(heads(html, 'og:url')).toEqual([url]);
    expect(heads(html, 'og:title')).toEqual([title]);
    expect(heads(html, 'twitter:title')).toEqual([title]);
    expect(heads(html, 'og:description')).toEqual([description]);
    expect(heads(html, 'twitter:description')).toEqual([description]);
    // Its own card, beside its path, and a real 1200×630 image.
    const image = new URL(`cards/${cardFileOf(page)}`, SITE).href;
    expect(heads(html, 'og:image')).toEqual([image]);
    expect(heads(html, 'twitter:image')).toEqual([image]);
    expect(pngSize(readFileSync(resolve(DIST, 'cards', cardFileOf(page))))).toEqual({ width: 1200, height: 630 });
    // Quotation marks hold the articles' exact words, in the head and on the page.
    const quoted = [title, description!, bodyText(html)].flatMap((text) => [...text.matchAll(/“([^”]{12,})”/g)].map((m) => m[1]!));
    expect(quoted.filter((text) => ![...quoteTexts].some((quote) => quote.includes(text) || text.includes(quote))), 'quoted but in no article').toEqual([]);
    // No inline script: every script is a file from the site, or the page's data block (JSON, never run).
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.filter(([, attributes, content]) => !/\bsrc="/.test(attributes!) && !/type="application\/json"/.test(attributes!) && content!.trim() !== '').map(([tag]) => tag.slice(0, 80))).toEqual([]);
  });

  test('the root shows the first race: its canonical and card are that race page’s; the 404 page claims no address', () => {
    const root = builtHtml('');
    const first = pages[0]!;
    expect(heads(root, 'canonical')).toEqual([new URL(pagePath(first).slice(1), SITE).href]);
    expect(heads(root, 'og:url')).toEqual([SITE]);
    expect(heads(root, 'og:image')).toEqual([new URL(`cards/${cardFileOf(first)}`, SITE).href]);
    const notFound = readFileSync(resolve(DIST, '404.html'), 'utf8');
    expect(heads(notFound, 'canonical')).toEqual([]);
    expect(heads(notFound, 'og:image')).toEqual([]);
    for (const html of [root, notFound]) expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>\s*\S/);
  });

  test('no two pages share a card or an address', () => {
    const images = pages.map((page) => heads(pageHtml(page), 'og:image')[0]);
    expect(new Set(images).size).toBe(pages.length);
    const canonicals = pages.map((page) => heads(pageHtml(page), 'canonical')[0]);
    expect(new Set(canonicals).size).toBe(pages.length);
  });
});

describe('the card a page points to is the one drawn for it', () => {
  let renderer: CardRenderer;
  beforeAll(async () => {
    renderer = await openCardRenderer();
  }, 120_000);
  afterAll(() => renderer?.close());

  // One page of each kind: a race, an incident, a driver followed, a race without spoilers, a comparison.
  const kinds: [string, (page: PageId) => boolean][] = [
    ['a race', (p) => !p.eventId && !p.follow && !p.compare && !p.noSpoilers],
    ['an incident', (p) => p.eventId !== null],
    ['a driver followed', (p) => Boolean(p.follow)],
    ['a race without spoilers', (p) => Boolean(p.noSpoilers) && !p.compare],
    ['a comparison', (p) => Boolean(p.compare) && !p.noSpoilers],
  ];
  const sample = kinds.map(([kind, is]) => [kind, pages.filter(is).at(-1)!] as const);

  test.each(sample)('%s: the built card is this page’s drawing, and not the next page’s', async (_, page) => {
    const built = readFileSync(resolve(DIST, 'cards', cardFileOf(page)));
    const drawn = await renderer.render(page);
    expect(Buffer.from(drawn.png).equals(built)).toBe(true);
    // The comparison above can tell cards apart: another page's drawing is not this card.
    const other = pages[(pages.indexOf(page) + 1) % pages.length]!;
    expect(Buffer.from((await renderer.render(other)).png).equals(built)).toBe(false);
  }, 120_000);
});
