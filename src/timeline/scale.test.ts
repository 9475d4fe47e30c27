import { scaleLinear as d3ScaleLinear } from 'd3';
import { scaleLinear } from './scale';

describe('scaleLinear', () => {
  it.each([
    [[1, 179], [142, 1224]],
    [[120, 179], [12, 374]],
    [[1, 70], [12, 300]],
    [[48, 70], [142, 780]],
  ] as const)('maps, inverts and ticks like d3-scale for %j → %j', (domain, range) => {
    const ours = scaleLinear(domain, range);
    const d3 = d3ScaleLinear().domain(domain).range(range);
    for (const lap of [domain[0], domain[1], (domain[0] + domain[1]) / 2, domain[0] + 1.5]) expect(ours(lap)).toBeCloseTo(d3(lap), 9);
    for (const px of [range[0], range[1], 200.5]) expect(ours.invert(px)).toBeCloseTo(d3.invert(px), 9);
    for (const count of [2, 5, 10, 17]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
    expect(ours.domain()).toEqual([...domain]);
    expect(ours.range()).toEqual([...range]);
  });
});
