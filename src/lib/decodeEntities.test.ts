import { decodeEntities } from './decodeEntities';

describe('decodeEntities', () => {
  it('decodes the named references the articles use', () => {
    expect(decodeEntities('&quot;NASCAR&quot; &amp; more')).toBe('"NASCAR" & more');
  });
  it('decodes decimal and hex references', () => {
    expect(decodeEntities('it&#39;s &#x2019;')).toBe('it\'s \u2019');
  });
  it('leaves unknown or invalid references and plain text alone', () => {
    expect(decodeEntities('&bogus; &#0; a & b')).toBe('&bogus; &#0; a & b');
  });
});
