/**
 * Export of the timeline as drawn: a standalone SVG (computed styles inlined, so it looks right
 * without the app's stylesheet) and a PNG rendered from it through a canvas at 2x. Works under the
 * production Content-Security-Policy: styles go in through the CSSOM (never a style attribute
 * string), the image is loaded from a blob: URL (img-src allows blob:), and no script is involved.
 */
import { EXPORT_STYLE_PROPERTIES as STYLE_PROPS, isLiveAttribute, skippedInExport } from './exportRules';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Height of the caption row added above the chart. */
export const CAPTION_HEIGHT = 30;

/** "lapline-phoenix-2023-lap-120.svg". */
export function exportFileName(raceId: string, lap: number, extension: 'svg' | 'png'): string {
  const safe = raceId.replace(/[^a-z0-9-]+/gi, '-');
  return `lapline-${safe}-lap-${lap}.${extension}`;
}

/** The first non-transparent background behind an element (the card the chart sits on). */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * The timeline as a standalone SVG document: a copy of the drawing with its computed styles
 * inlined, the parts that only serve interaction removed, and a caption row on the chart's own
 * background above it.
 */
export function standaloneSvg(svg: SVGSVGElement, caption: string): { text: string; width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const chartHeight = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const drop: Element[] = [];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!(copy instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    computedOf.set(original, computed);
    if (computed.display === 'none' || skippedInExport(original)) {
      drop.push(copy);
      return;
    }
    // Inherited properties are written only where they change, which keeps the file small.
    const parent = original === svg ? undefined : computedOf.get(original.parentElement!);
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (!value || value.startsWith('url(')) continue; // pattern fills stay as their attribute (a local #id)
      if (prop === 'opacity' ? value === '1' : parent?.getPropertyValue(prop) === value) continue;
      copy.style.setProperty(prop, value);
    }
    for (const name of copy.getAttributeNames()) if (isLiveAttribute(name)) copy.removeAttribute(name);
  });
  for (const element of drop) element.remove();
  // Layers drawn over the chart (the cursor) go into the file too, on top, as on screen.
  for (const layer of Array.from(svg.parentElement?.querySelectorAll<SVGSVGElement>('svg[data-layer]') ?? [])) {
    const group = svg.ownerDocument.createElementNS(SVG_NS, 'g');
    const layerCopy = layer.cloneNode(true) as SVGSVGElement;
    const layerOriginals = Array.from(layer.querySelectorAll('*'));
    Array.from(layerCopy.querySelectorAll('*')).forEach((copy, i) => {
      const computed = getComputedStyle(layerOriginals[i]!);
      if (copy instanceof SVGElement) for (const prop of STYLE_PROPS) copy.style.setProperty(prop, computed.getPropertyValue(prop));
    });
    group.append(...Array.from(layerCopy.childNodes));
    clone.append(group);
  }

  const height = chartHeight + CAPTION_HEIGHT;
  const style = getComputedStyle(svg);
  // XMLSerializer writes the xmlns declaration itself (the clone is in the SVG namespace).
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 ${-CAPTION_HEIGHT} ${width} ${height}`);
  const doc = svg.ownerDocument;
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = caption;
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [['x', '0'], ['y', String(-CAPTION_HEIGHT)], ['width', String(width)], ['height', String(height)]] as const) {
    background.setAttribute(name, value);
  }
  background.style.setProperty('fill', backgroundBehind(svg));
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '12');
  text.setAttribute('y', String(-CAPTION_HEIGHT / 2 + 5));
  text.textContent = caption;
  text.style.setProperty('fill', style.color);
  text.style.setProperty('font-family', style.fontFamily);
  text.style.setProperty('font-size', '14px');
  text.style.setProperty('font-weight', '700');
  clone.insertBefore(text, clone.firstChild);
  clone.insertBefore(background, clone.firstChild);
  clone.insertBefore(title, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** Renders SVG text to a PNG at `scale` times its size, through an <img> and a canvas. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw to a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name, through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a little longer for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
