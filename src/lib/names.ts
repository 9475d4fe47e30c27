/**
 * Words for people and places in a list: ordinals ("18th") and the key a list of people sorts by.
 * Used by following a driver (data/follow.ts), whose code loads on demand: a module of its own keeps
 * it out of the page's first load.
 */
/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinal(n: number): string {
  const tens = Math.abs(n) % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * What a list of people sorts by: the surname (the last word of the name, past a suffix such as
 * "Jr."), then the whole name. "Ricky Stenhouse Jr." sorts under S.
 */
export function surnameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && /^(jr|sr|ii|iii|iv)\.?$/i.test(words.at(-1)!)) words.pop();
  return `${words.at(-1) ?? ''} ${name}`.toLowerCase();
}
