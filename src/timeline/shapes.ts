/**
 * Marker shapes: the kind of incident is told by shape as well as colour (and by lane and label),
 * so the chart reads in grey scale and for colour-blind readers. Paths are centred on 0,0.
 */
import type { EventKind } from '../data/schema';

const round = (n: number) => Math.round(n * 100) / 100;

/** An SVG path for a marker of `kind` with nominal radius `r` (shapes are sized to look equally heavy). */
export function markerPath(kind: EventKind, r: number): string {
  switch (kind) {
    case 'leader':
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
    case 'contact': {
      const d = round(r * 1.3);
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'caution': {
      const h = round(r * 1.35);
      const w = round(r * 1.25);
      return `M0,${-h}L${w},${round(h * 0.75)}L${-w},${round(h * 0.75)}Z`;
    }
    case 'pit': {
      const s = round(r * 0.9);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'finish':
      return star(r * 1.6, r * 0.7);
  }
}

function star(outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}
