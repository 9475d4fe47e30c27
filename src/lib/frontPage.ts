/**
 * Whether an address is only a site's front page (https://si.com, www.example.com/, …/index.php),
 * which tells a reader nothing about where a fact is said. A query counts as a page
 * (speedwaymedia.com/?p=248626 is an article).
 */
export function isFrontPageUrl(address: string): boolean {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return false; // not an address at all: other checks report that
  }
  const path = url.pathname.replace(/\/(index\.(html?|php))?$/i, '').replace(/\/+$/, '');
  return path === '' && url.search === '';
}
