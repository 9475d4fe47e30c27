import { hitSpans } from './hitSpans';

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
