/**
 * The word a typo probably meant: "dev-okafer" → "dev-okafor", "lapnote" → "lapNote". For the
 * did-you-mean of data validation messages.
 */

/** The edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word` (ignoring case), if it is close enough to be a likely typo: at
 * most a third of the word's letters (at least 2) away. The first of equals wins; none for an exact match.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const key = word.toLowerCase();
  const limit = Math.max(2, Math.floor(key.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === word) return undefined;
    const distance = editDistance(key, candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** ": did you mean "x"?" for a likely typo of one of `candidates`, else "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = nearest(word, candidates);
  return guess === undefined ? '' : `: did you mean "${guess}"?`;
}
