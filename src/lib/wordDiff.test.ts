import { wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('marks the words only one wording has', () => {
    const { a, b } = wordDiff('is going to see that', 'is gonna see that');
    expect(a.filter((p) => !p.shared).map((p) => p.text.trim())).toEqual(['going to']);
    expect(b.filter((p) => !p.shared).map((p) => p.text.trim())).toEqual(['gonna']);
  });
  it('keeps every character of both texts', () => {
    const x = 'He‘s been racing at me like that since he was five years old';
    const y = "He's raced me that way since I was 5 years old";
    const { a, b } = wordDiff(x, y);
    expect(a.map((p) => p.text).join('')).toBe(x);
    expect(b.map((p) => p.text).join('')).toBe(y);
    expect(a.some((p) => p.shared && p.text.includes('since'))).toBe(true);
  });
  it('treats curly and straight apostrophes alike', () => {
    const { a } = wordDiff('I‘m here', "I'm here");
    expect(a.every((p) => p.shared)).toBe(true);
  });
});
