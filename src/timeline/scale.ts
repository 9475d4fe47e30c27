/**
 * The lap → pixel scale. D3 computes the ticks (d3-array); the mapping itself is one multiply-add,
 * written here because d3-scale's scaleLinear pulls d3-interpolate, d3-color and d3-format into
 * the first-load bundle (about 8 KB gzipped, past the 100 KB budget of DESIGN.md) for it.
 * scale.test.ts checks it against d3-scale.
 */
import { ticks } from 'd3-array';

/** The subset of d3-scale's linear scale the timeline uses. */
export type LinearScale = {
  (value: number): number;
  invert(pixel: number): number;
  ticks(count: number): number[];
  domain(): [number, number];
  range(): [number, number];
};

/** A linear scale from `domain` to `range`, like d3's scaleLinear().domain(domain).range(range). */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) * k)) as LinearScale;
  scale.invert = (pixel) => (k === 0 ? d0 : d0 + (pixel - r0) / k);
  scale.ticks = (count) => ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}
