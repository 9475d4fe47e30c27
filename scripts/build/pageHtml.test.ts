import { describe, expect, it } from 'vitest';
import { BOOT, notFoundHtml } from './pageHtml.mjs';

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
