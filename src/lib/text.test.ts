import { capitalise } from './text';

describe('capitalise', () => {
  it('upper-cases the first letter only', () => {
    expect(capitalise('laps 120–124')).toBe('Laps 120–124');
    expect(capitalise('approximate')).toBe('Approximate');
    expect(capitalise('')).toBe('');
  });
});
