import { CAPTION_HEIGHT, exportFileName, standaloneSvg } from './export';

describe('exportFileName', () => {
  it('names the race and the lap', () => {
    expect(exportFileName('phoenix-2023', 120, 'svg')).toBe('lapline-phoenix-2023-lap-120.svg');
    expect(exportFileName('roval-2025', 1, 'png')).toBe('lapline-roval-2025-lap-1.png');
    expect(exportFileName('../evil/..', 3, 'svg')).toBe('lapline--evil--lap-3.svg');
  });
});

describe('standaloneSvg', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = '.dot { fill: rgb(1, 2, 3); stroke: rgb(4, 5, 6); stroke-width: 2px; } .wrap { background-color: rgb(9, 9, 9); } .gone { display: none; }';
    document.head.append(style);
  });
  afterEach(() => style.remove());

  const NS = 'http://www.w3.org/2000/svg';
  function svgElement(tag: string, attributes: Record<string, string>, children: Element[] = []): SVGElement {
    const element = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  }

  function chart(): SVGSVGElement {
    const wrap = document.createElement('div');
    wrap.className = 'wrap';
    const svg = svgElement('svg', { width: '300', height: '100', viewBox: '0 0 300 100', role: 'group', 'aria-label': 'Lap timeline' }, [
      svgElement('circle', { class: 'dot', cx: '5', cy: '5', r: '3' }),
      svgElement('g', { role: 'button', tabindex: '0', 'aria-label': 'Lap 1: Start', 'data-nav': '' }, [svgElement('circle', { class: 'dot', cx: '9', cy: '9', r: '3' })]),
      svgElement('rect', { class: 'gone', width: '5', height: '5' }),
      svgElement('rect', { 'data-export': 'skip', width: '300', height: '100' }),
    ]) as SVGSVGElement;
    wrap.append(svg);
    document.body.append(wrap);
    return svg;
  }

  it('inlines the computed styles, drops interaction-only parts and adds a caption on the card background', () => {
    const svg = chart();
    const { text, width, height } = standaloneSvg(svg, '2023 Craftsman 150 · lap 120 of 179');
    expect([width, height]).toEqual([300, 100 + CAPTION_HEIGHT]);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe(`0 ${-CAPTION_HEIGHT} 300 ${100 + CAPTION_HEIGHT}`);
    expect(root.querySelector('title')?.textContent).toBe('2023 Craftsman 150 · lap 120 of 179');
    expect(root.querySelector('text')?.textContent).toBe('2023 Craftsman 150 · lap 120 of 179');
    expect(root.querySelector('rect')?.getAttribute('style')).toMatch(/fill: rgb\(9, 9, 9\)/);
    const dots = [...root.querySelectorAll('circle')];
    expect(dots).toHaveLength(2);
    expect(dots[0]!.getAttribute('style')).toMatch(/fill: rgb\(1, 2, 3\)/);
    expect(dots[0]!.getAttribute('style')).toMatch(/stroke: rgb\(4, 5, 6\)/);
    // Inherited values are not repeated on children that do not change them.
    expect(root.querySelector('g')!.getAttribute('style')).toBeNull();
    expect(root.getAttribute('style')).toMatch(/font-family/);
    expect(root.querySelector('.gone, [data-export="skip"]')).toBeNull();
    expect(root.querySelector('[tabindex], [role], [aria-label], [data-nav]')).toBeNull();
    // The live chart is untouched.
    expect(svg.querySelector('[data-export="skip"]')).not.toBeNull();
    expect(svg.querySelector('circle')!.getAttribute('style')).toBeNull();
  });
});
