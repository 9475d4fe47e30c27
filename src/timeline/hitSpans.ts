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

/** A run of marks on one row (indices `first` to `last`) that takes one target, and the extent they cover. */
export type CrowdGroup = { first: number; last: number; x0: number; x1: number };

/**
 * The marks of one row (left to right) grouped where they are too close together to each take a
 * target of `min` px: a mark whose centre is less than `min` from the one before it joins that
 * one's group. A group of one is a mark with room for its own target; the groups' centres are at
 * least `min` apart, so hitSpans() gives each group a target of `min` px or more, where a tap or a
 * click at a mark's centre cannot mean its neighbour. (A larger group is one target: zoomed into,
 * its marks come apart.)
 */
export function crowdedGroups(spans: readonly { x0: number; x1: number }[], min = 24): CrowdGroup[] {
  const groups: CrowdGroup[] = [];
  let previousMid = -Infinity;
  spans.forEach((s, i) => {
    const mid = (s.x0 + s.x1) / 2;
    const group = groups.at(-1);
    if (group && mid - previousMid < min) {
      group.last = i;
      group.x1 = Math.max(group.x1, s.x1);
    } else groups.push({ first: i, last: i, x0: s.x0, x1: s.x1 });
    previousMid = mid;
  });
  return groups;
}
