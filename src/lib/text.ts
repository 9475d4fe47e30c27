/** The text with its first letter upper-cased: for a phrase that starts a sentence ("Laps 120–124: …"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
