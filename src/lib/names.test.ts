import { ordinal, surnameKey } from './names';

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [31, '31st'],
    [100, '100th'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('%i is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('surnameKey', () => {
  it('sorts people by surname, then by the whole name, past a suffix', () => {
    const names = ['Ty Majeski', 'Corey Heim', 'Ricky Stenhouse Jr.', 'Zane Smith', 'Tanner Gray', 'Taylor Gray', 'Bobby Labonte III', 'Cher'];
    expect([...names].sort((a, b) => surnameKey(a).localeCompare(surnameKey(b)))).toEqual([
      'Cher',
      'Tanner Gray',
      'Taylor Gray',
      'Corey Heim',
      'Bobby Labonte III',
      'Ty Majeski',
      'Zane Smith',
      'Ricky Stenhouse Jr.',
    ]);
  });

  it('keeps a one-word name whole, even one that looks like a suffix', () => {
    expect(surnameKey('Jr.')).toBe('jr. jr.');
  });
});
