import { isEmbedded, withEmbed } from './embed';
import { embedSnippet } from './embedSnippet';

describe('the embed', () => {
  it('is asked for by embed=1 only', () => {
    expect(isEmbedded('?embed=1')).toBe(true);
    expect(isEmbedded('?lap=3&embed=1')).toBe(true);
    for (const search of ['', '?embed=0', '?embed=true', '?embed', '?lap=1']) expect(isEmbedded(search)).toBe(false);
  });

  it('is kept on an address, with or without a query', () => {
    expect(withEmbed('/phoenix-2023/')).toBe('/phoenix-2023/?embed=1');
    expect(withEmbed('/phoenix-2023/?lap=5')).toBe('/phoenix-2023/?lap=5&embed=1');
  });

  it('gives a snippet: the iframe of the page in embed form, titled, and a script that trusts only the embed’s origin', () => {
    const snippet = embedSnippet('https://lapline.example/phoenix-2023/hocevar-spins-heim/?lap=130', 'Hocevar spins Heim, lap 120 – "Phoenix" <b>');
    const [iframe, script] = snippet.split('\n');
    expect(iframe).toBe(
      '<iframe src="https://lapline.example/phoenix-2023/hocevar-spins-heim/?lap=130&amp;embed=1" title="Lapline: Hocevar spins Heim, lap 120 – &quot;Phoenix&quot; &lt;b>" width="100%" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(script).toContain('e.origin!=="https://lapline.example"');
    expect(script).toContain('e.data.type!=="lapline:height"');
    expect(script).toContain('f.contentWindow===e.source');
  });

  it('never doubles the parameter when the page is already the embed', () => {
    expect(embedSnippet('https://x.example/roval-2025/?embed=1', 'T')).toContain('src="https://x.example/roval-2025/?embed=1"');
  });
});
