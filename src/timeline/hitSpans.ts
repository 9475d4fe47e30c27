/**
 * Hit areas for marks that sit side by side on one row (caution flags, overtime attempts): at
 * least `min` px wide around each mark's centre, but never past halfway to a neighbour's centre.
 * So a click or tap at the centre of any mark lands on that mark, however crowded the row is on a
 * phone. `spans` must be in left-to-right order.
 */
export function hitSpans(spans: readonly { x0: number; x1: number }[], min = 24): { left: number; right: number }[] {
  const mids = spans.map((s) => (s.x0 + s.x1) / 2);
  return spans.map((s, i) => {
    const mid = mids[i]!;
    const half = Math.max(min, s.x1 - s.x0) / 2;
    const before = mids[i - 1];
    const after = mids[i + 1];
    return {
      left: before === undefined ? mid - half : Math.max(mid - half, (before + mid) / 2),
      right: after === undefined ? mid + half : Math.min(mid + half, (mid + after) / 2),
    };
  });
}
