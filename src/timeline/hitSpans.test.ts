import { crowdedGroups, hitSpans } from './hitSpans';

describe('hitSpans', () => {
  it('gives a lone narrow mark the minimum width around its centre', () => {
    expect(hitSpans([{ x0: 100, x1: 104 }])).toEqual([{ left: 90, right: 114 }]);
  });
  it('keeps a wide mark its own width', () => {
    expect(hitSpans([{ x0: 100, x1: 160 }])).toEqual([{ left: 100, right: 160 }]);
  });
  it('stops each area halfway to its neighbour, so every centre is its own', () => {
    const spans = hitSpans([
      { x0: 100, x1: 104 }, // centre 102
      { x0: 110, x1: 114 }, // centre 112
      { x0: 200, x1: 204 }, // centre 202
    ]);
    expect(spans).toEqual([
      { left: 90, right: 107 },
      { left: 107, right: 124 },
      { left: 190, right: 214 },
    ]);
  });
});

describe('crowdedGroups', () => {
  it('leaves marks whose centres are 24 px or more apart one to a group', () => {
    expect(crowdedGroups([{ x0: 100, x1: 104 }, { x0: 124, x1: 128 }])).toEqual([
      { first: 0, last: 0, x0: 100, x1: 104 },
      { first: 1, last: 1, x0: 124, x1: 128 },
    ]);
  });

  it('puts a mark less than 24 px from the one before it in that one’s group, a chain of them in one', () => {
    // Centres 102, 112, 124 (each under 24 from the one before), then 148 (24 on: a group of its own).
    expect(crowdedGroups([{ x0: 100, x1: 104 }, { x0: 110, x1: 114 }, { x0: 122, x1: 126 }, { x0: 146, x1: 150 }])).toEqual([
      { first: 0, last: 2, x0: 100, x1: 126 },
      { first: 3, last: 3, x0: 146, x1: 150 },
    ]);
  });

  it('takes the widest extent a group’s marks reach, and another minimum when given one', () => {
    expect(crowdedGroups([{ x0: 0, x1: 40 }, { x0: 30, x1: 34 }])).toEqual([{ first: 0, last: 1, x0: 0, x1: 40 }]);
    expect(crowdedGroups([{ x0: 100, x1: 104 }, { x0: 120, x1: 124 }], 20)).toHaveLength(2);
    expect(crowdedGroups([{ x0: 100, x1: 104 }, { x0: 120, x1: 124 }], 21)).toHaveLength(1);
    expect(crowdedGroups([])).toEqual([]);
  });

  it('gives every group a target of 24 px or more, through hitSpans, however crowded the row (a phone’s final laps)', () => {
    // Twelve marks 5 to 30 px apart, as the cautions and overtimes at the end of a race on a phone.
    const marks = [0, 9, 14, 40, 46, 80, 111, 120, 128, 133, 170, 200].map((x) => ({ x0: x, x1: x + 3 }));
    const groups = crowdedGroups(marks);
    const spans = hitSpans(groups);
    for (const span of spans) expect(span.right - span.left).toBeGreaterThanOrEqual(24);
    // Every mark is in exactly one group, in order.
    expect(groups.flatMap((g) => Array.from({ length: g.last - g.first + 1 }, (_, i) => g.first + i))).toEqual(marks.map((_, i) => i));
  });
});
