import { describe, expect, it } from 'vitest';
import { BOOT, inlineJson, notFoundHtml, pageHead, pageHtml, prepaintAttributes } from './pageHtml.mjs';

/** The built index.html as Vite writes it (relative paths, base './'), cut to what matters here. */
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Lapline — relive a race lap by lap</title>
    <meta name="description" content="Replay two races." />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-abc.css">
  </head>
  <body>
    ${BOOT}
  </body>
</html>`;

const page = { html: '<p>Page not found</p>', title: 'Page not found – Lapline', description: 'Not a page.', data: { root: '/news/lapline/', races: ['phoenix-2023'] } };

describe('the 404 page', () => {
  it('loads every file from the site’s root, whatever the depth it is served at (a site in a folder)', () => {
    const html = notFoundHtml(BUILT, page, '/news/lapline/');
    expect([...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1])).toEqual(['/news/lapline/favicon.svg', '/news/lapline/assets/index-abc.js', '/news/lapline/assets/style-abc.css']);
    expect(html).not.toMatch(/(href|src)="\.\//);
  });

  it('has its own title, is never indexed, and carries its markup and data in place of the loading line', () => {
    const html = notFoundHtml(BUILT, page, '/');
    expect(html).toContain('<title>Page not found – Lapline</title>');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<meta name="description" content="Not a page." />');
    // One tag a line, indented as the template's head is.
    expect(html).toMatch(/<title>Page not found – Lapline<\/title>\n {4}<meta name="description" content="Not a page." \/>\n {4}<meta name="robots"/);
    expect(html).not.toContain('Replay two races.');
    expect(html).toContain('<div id="root"><p>Page not found</p></div>');
    expect(html).toContain('<script type="application/json" id="lapline-not-found">{"root":"/news/lapline/","races":["phoenix-2023"]}</script>');
    expect(html).not.toContain(BOOT);
  });

  it('refuses a site path that is not a folder from the host’s root', () => {
    expect(() => notFoundHtml(BUILT, page, 'news/')).toThrow(/must start and end/);
    expect(() => notFoundHtml(BUILT, page, '/news')).toThrow(/must start and end/);
  });
});

/** The values of a head's tags, by property or name ("og:url", "description", "canonical"). */
const tags = (head: string, key: string) =>
  [
    ...[...head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g)].filter((m) => m[1] === key).map((m) => m[2]),
    ...[...head.matchAll(/<link rel="([^"]+)" href="([^"]*)" \/>/g)].filter((m) => m[1] === key).map((m) => m[2]),
  ];

describe('a page’s head', () => {
  const site = new URL('https://news.example/lapline/');
  const incident = { title: 'Hocevar spins Heim, lap 120 – Lapline', description: 'Lap 120: Hocevar spins Heim.', path: 'phoenix-2023/hocevar-spins-heim/', writtenAt: 'phoenix-2023/hocevar-spins-heim/', card: 'phoenix-2023/hocevar-spins-heim.png' };

  it('gives its title and description to the page, Open Graph and Twitter alike, once each', () => {
    const head = pageHead(incident, site);
    expect([...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual([incident.title]);
    for (const key of ['og:title', 'twitter:title']) expect(tags(head, key), key).toEqual([incident.title]);
    for (const key of ['description', 'og:description', 'twitter:description']) expect(tags(head, key), key).toEqual([incident.description]);
    expect(tags(head, 'og:image:alt')).toEqual([`The lap timeline of the race at this moment: ${incident.title}`]);
    expect(tags(head, 'og:site_name')).toEqual(['Lapline']);
    expect(tags(head, 'og:type')).toEqual(['article']);
    expect(tags(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect([tags(head, 'og:image:width'), tags(head, 'og:image:height')]).toEqual([['1200'], ['630']]);
  });

  it('points canonical and og:url at the page under the site’s address, and its image at its own card', () => {
    const head = pageHead(incident, site);
    expect(tags(head, 'canonical')).toEqual(['https://news.example/lapline/phoenix-2023/hocevar-spins-heim/']);
    expect(tags(head, 'og:url')).toEqual(['https://news.example/lapline/phoenix-2023/hocevar-spins-heim/']);
    for (const key of ['og:image', 'twitter:image']) expect(tags(head, key), key).toEqual(['https://news.example/lapline/cards/phoenix-2023/hocevar-spins-heim.png']);
  });

  it('of the root page is a copy of the front race’s page: canonical names that page, og:url the site’s root', () => {
    const head = pageHead({ ...incident, path: 'roval-2025/', writtenAt: '', card: 'roval-2025.png' }, site);
    expect(tags(head, 'canonical')).toEqual(['https://news.example/lapline/roval-2025/']);
    expect(tags(head, 'og:url')).toEqual(['https://news.example/lapline/']);
    expect(tags(head, 'og:image')).toEqual(['https://news.example/lapline/cards/roval-2025.png']);
  });

  it('puts one tag on each line, indented as the template’s head is', () => {
    const lines = pageHead(incident, site).split('\n');
    expect(lines).toHaveLength(16);
    expect(lines.slice(1).every((line) => /^ {4}<(meta|link) /.test(line))).toBe(true);
  });

  it('escapes what the data writes, so a title can never become markup', () => {
    const head = pageHead({ ...incident, title: 'A <b>"bold"</b> & $& title', description: '<script>alert(1)</script>' }, site);
    expect(head).not.toContain('<b>');
    expect(head).not.toContain('<script>');
    expect(head).toContain('<title>A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; $&amp; title</title>');
    expect(tags(head, 'description')).toEqual(['&lt;script&gt;alert(1)&lt;/script&gt;']);
  });
});

describe('a page as the build writes it', () => {
  const site = new URL('https://news.example/');
  const rendered = { html: '<main><h1>Heim’s $& $1 race</h1></main>', path: 'phoenix-2023/hocevar-spins-heim/', title: 'Spin – $& Lapline', description: 'Lap 120.' };
  const parts = { page: { raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' }, path: rendered.path, rendered, card: 'phoenix-2023/hocevar-spins-heim.png', payload: { view: '?lap=120', note: '</script><script>' }, raceIds: ['phoenix-2023', 'roval-2025'] };

  it('loads its files relative to its folder, and at the root from beside it', () => {
    const deep = pageHtml(BUILT, parts, site);
    expect([...deep.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('http'))).toEqual(['../../favicon.svg', '../../assets/index-abc.js', '../../assets/style-abc.css']);
    const root = pageHtml(BUILT, { ...parts, page: { raceId: 'phoenix-2023', eventId: null, root: true }, path: '' }, site);
    expect([...root.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('http'))).toEqual(['./favicon.svg', './assets/index-abc.js', './assets/style-abc.css']);
  });

  it('replaces the template’s title and description with the page’s head, and its loading line with the markup and the data, word for word', () => {
    const html = pageHtml(BUILT, parts, site);
    expect(html).not.toContain('Replay two races.');
    expect(html).not.toContain(BOOT);
    expect([...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual(['Spin – $&amp; Lapline']);
    // "$&" in the data is text, not a replacement pattern.
    expect(html).toContain('<div id="root"><main><h1>Heim’s $& $1 race</h1></main></div>');
    expect(tags(html, 'og:url')).toEqual(['https://news.example/phoenix-2023/hocevar-spins-heim/']);
    const block = html.match(/<script type="application\/json" id="lapline-data">(.*)<\/script>/)![1];
    expect(block).not.toContain('</script>');
    expect(JSON.parse(block!)).toEqual(parts.payload);
    // The head comes before the body's markup, in the template's <head>.
    expect(html.indexOf('<meta property="og:url"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('<div id="root">')).toBeGreaterThan(html.indexOf('<body>'));
  });

  it('tells public/prepaint.js on <html> what the page is, where the root is and which races there are', () => {
    const html = pageHtml(BUILT, parts, site);
    expect(html.startsWith('<!doctype html>\n<html lang="en" ')).toBe(true);
    expect(html.match(/<html\b/g)).toHaveLength(1);
    expect(html).toContain('<html lang="en" data-lapline-page="event phoenix-2023 hocevar-spins-heim" data-lapline-up="../../" data-lapline-races="phoenix-2023 roval-2025">');
  });
});

describe('what public/prepaint.js reads of a page', () => {
  const races = ['phoenix-2023', 'roval-2025'];
  it('names each kind of page, with its race and what it opens', () => {
    const what = (page: Parameters<typeof prepaintAttributes>[0]) => prepaintAttributes(page, '../', races).match(/data-lapline-page="([^"]*)"/)?.[1];
    expect(what({ raceId: 'roval-2025', eventId: null, root: true })).toBe('root roval-2025');
    expect(what({ raceId: 'roval-2025', eventId: null })).toBe('race roval-2025');
    expect(what({ raceId: 'roval-2025', eventId: 'calamity-corner-crash' })).toBe('event roval-2025 calamity-corner-crash');
    expect(what({ raceId: 'roval-2025', eventId: null, follow: 'corey-heim' })).toBe('follow roval-2025 corey-heim');
    expect(what({ raceId: 'phoenix-2023', eventId: null, compare: ['phoenix-2023', 'roval-2025'] })).toBe('compare phoenix-2023 roval-2025');
  });

  it('gives the way up and every race, escaped', () => {
    expect(prepaintAttributes({ raceId: 'roval-2025', eventId: null }, '../../', ['a"b', 'c'])).toBe(' data-lapline-page="race roval-2025" data-lapline-up="../../" data-lapline-races="a&quot;b c"');
  });

  it('gives nothing on a page without spoilers, which has nowhere further to go', () => {
    expect(prepaintAttributes({ raceId: 'roval-2025', eventId: null, noSpoilers: true }, '../', races)).toBe('');
    expect(prepaintAttributes({ raceId: 'phoenix-2023', eventId: null, compare: ['phoenix-2023', 'roval-2025'], noSpoilers: true }, '../', races)).toBe('');
  });
});

describe('the data block of a page', () => {
  it('is JSON that cannot end its element or the line early, and reads back as it was', () => {
    const value = { text: 'a</script><!--b\u2028c\u2029d', list: [1, '<'] };
    const json = inlineJson(value);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(json).toContain('\\u2028');
    expect(json).toContain('\\u2029');
    expect(JSON.parse(json)).toEqual(value);
  });
});
