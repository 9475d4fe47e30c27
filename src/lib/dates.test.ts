import { formatIsoDate, monthsBetween, spanInWords } from './dates';

describe('dates', () => {
  it('formats a calendar day without shifting it by time zone', () => {
    expect(formatIsoDate('2023-11-08')).toBe('Nov 8, 2023');
    expect(formatIsoDate('2025-01-01')).toBe('Jan 1, 2025');
  });
  it('counts whole months', () => {
    expect(monthsBetween('2023-11-03', '2025-10-02')).toBe(22);
    expect(monthsBetween('2023-11-03', '2025-11-03')).toBe(24);
    expect(monthsBetween('2023-11-03', '2023-11-08')).toBe(0);
    expect(monthsBetween('2023-11-03', '2023-10-03')).toBe(-1);
  });
  it('puts a span in words', () => {
    expect(spanInWords(0)).toBe('days');
    expect(spanInWords(1)).toBe('a month');
    expect(spanInWords(5)).toBe('5 months');
    expect(spanInWords(13)).toBe('about a year');
    expect(spanInWords(22)).toBe('about 2 years');
  });
});
