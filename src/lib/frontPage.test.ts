import { isFrontPageUrl } from './frontPage';

describe('isFrontPageUrl', () => {
  it.each(['https://si.com', 'https://si.com/', 'http://www.sportskeeda.com', 'sportskeeda.com', 'https://example.com/index.php', 'https://example.com//'])(
    'flags %s as a front page',
    (url) => expect(isFrontPageUrl(url)).toBe(true),
  );
  it.each([
    'https://speedwaymedia.com/?p=248626',
    'https://www.si.com/onsi/racing-america/news/trucks-heim-recovers-from-wreck-to-break-single-season-win-record',
    'https://github.com/kyleGrealis/nascaR.data/blob/main/data/truck-series/trucks-2023.csv',
    'example.com/a',
  ])('accepts the page %s', (url) => expect(isFrontPageUrl(url)).toBe(false));
  it('leaves a string that is not an address to the other checks', () => expect(isFrontPageUrl('http://')).toBe(false));
});
