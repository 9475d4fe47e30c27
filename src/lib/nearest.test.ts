import { didYouMean, editDistance, nearest } from './nearest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['dev-okafer', 'dev-okafor', 1],
    ['lapnote', 'lapNote', 1],
    ['kitten', 'sitting', 3],
    ['whitfeld', 'whitfield', 1],
    ['ab', 'ba', 2],
  ])('from %j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  it('finds the likely typo, ignoring case', () => {
    expect(nearest('dev-okafer', ['corey-heim', 'dev-okafor', 'sam-whitfield'])).toBe('dev-okafor');
    expect(nearest('lapnote', ['lap', 'lapNote', 'lapRange'])).toBe('lapNote');
    expect(nearest('LAPRANGE', ['lapNote', 'lapRange'])).toBe('lapRange');
  });

  it('takes the closest, and the first of equals', () => {
    expect(nearest('abcd', ['abxy', 'abcx'])).toBe('abcx');
    expect(nearest('abcd', ['abcx', 'abcy'])).toBe('abcx');
  });

  it('suggests nothing too far off: more than a third of the letters, and at least 2, away', () => {
    // 9 letters: up to 3 edits away.
    expect(nearest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(nearest('abcdefghi', ['abcdewxyz'])).toBeUndefined();
    // Short words: up to 2.
    expect(nearest('ab', ['xy'])).toBe('xy');
    expect(nearest('abc', ['xyz'])).toBeUndefined();
    expect(nearest('nobody', ['ann-able', 'bob-baker'])).toBeUndefined();
  });

  it('suggests nothing for a word that is there, or among no words', () => {
    expect(nearest('lapNote', ['lapnote', 'lapNote'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('reads as the end of a message, or is empty', () => {
    expect(didYouMean('dev-okafer', ['dev-okafor'])).toBe(': did you mean "dev-okafor"?');
    expect(didYouMean('nobody', ['dev-okafor'])).toBe('');
  });
});
