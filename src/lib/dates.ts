const shortDate = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2023-11-08" → "Nov 8, 2023". Dates in the data are calendar days, so they are read as UTC. */
export function formatIsoDate(iso: string): string {
  return shortDate.format(new Date(`${iso}T00:00:00Z`));
}

/** Whole months from one ISO date to a later one (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** A rough span for a reader: "3 months", "about 2 years". */
export function spanInWords(months: number): string {
  if (months < 1) return 'days';
  if (months < 12) return months === 1 ? 'a month' : `${months} months`;
  const years = Math.round(months / 12);
  return years === 1 ? 'about a year' : `about ${years} years`;
}
