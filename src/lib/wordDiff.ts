/** One run of words in a comparison of two wordings: shared by both, or only in this one. */
export type DiffPart = { text: string; shared: boolean };

const tokenize = (text: string): string[] => text.split(/(\s+)/).filter((t) => t.length > 0);
/** Compares words loosely: case, curly vs straight apostrophes and trailing punctuation do not count. */
const wordKey = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.,!?;:]+$/, '');

/**
 * Marks which words of `a` and of `b` the two wordings share (a longest common subsequence of
 * words), so a reader can see how two articles reported the same remark differently.
 */
export function wordDiff(a: string, b: string): { a: DiffPart[]; b: DiffPart[] } {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const wa = ta.filter((t) => !/^\s+$/.test(t));
  const wb = tb.filter((t) => !/^\s+$/.test(t));
  // LCS table over words; the remarks are a sentence or two, so O(n·m) is nothing.
  const dp: number[][] = Array.from({ length: wa.length + 1 }, () => new Array<number>(wb.length + 1).fill(0));
  for (let i = wa.length - 1; i >= 0; i--) {
    for (let j = wb.length - 1; j >= 0; j--) {
      const row = dp[i]!;
      row[j] = wordKey(wa[i]!) === wordKey(wb[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, row[j + 1]!);
    }
  }
  const sharedA = new Set<number>();
  const sharedB = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < wa.length && j < wb.length) {
    if (wordKey(wa[i]!) === wordKey(wb[j]!)) {
      sharedA.add(i++);
      sharedB.add(j++);
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return { a: toParts(ta, sharedA), b: toParts(tb, sharedB) };
}

/** Joins tokens back into runs, keeping whitespace with the run before it. */
function toParts(tokens: string[], shared: Set<number>): DiffPart[] {
  const parts: DiffPart[] = [];
  let wordIndex = -1;
  let current: boolean | null = null;
  for (const token of tokens) {
    const isSpace = /^\s+$/.test(token);
    if (!isSpace) wordIndex++;
    const isShared: boolean = isSpace ? (current ?? true) : shared.has(wordIndex);
    const last = parts[parts.length - 1];
    if (last && last.shared === isShared) last.text += token;
    else parts.push({ text: token, shared: isShared });
    current = isShared;
  }
  return parts;
}
