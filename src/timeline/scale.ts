/**
 * The lap → pixel scale. D3 computes the ticks (d3's ticks); the mapping itself is one multiply-add,
 * written here by hand only because d3's scaleLinear does not fit the first-load budget of DESIGN.md
 * (100 KB gzipped): it pulls d3-interpolate, d3-color and d3-format in with it. Measured with
 * `npm run check:bundle` on 2026-11-21: 94.1 KB with this scale, 102.6 KB with d3's. Use d3's
 * scaleLinear instead once it fits. scale.test.ts checks this one against it.
 */
import { ticks } from 'd3';

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
