// @ts-check
// The app's own timeline as a standalone SVG that resvg draws: the React Timeline rendered on the
// server at a given view, its two layers (chart, then the cursor on top), and the app's own
// stylesheets reduced to what resvg understands. Loaded through Vite (it imports TypeScript and CSS).
//
// What resvg does not support, and what is done instead:
// - CSS custom properties and light-dark(): every var() is replaced by its light-theme value; a
//   property set per element ([data-kind='contact'] { --kind: … }) becomes one rule per scope.
// - Pseudo-classes (:hover, :focus-visible) and @media: dropped (a card is never hovered).
// - CSS transforms in a style attribute (the cursor moves by translateX): made transform attributes.
// What the app's own PNG export drops (data-export="skip": the scrub surface, the zoom hint) is
// dropped here too, as are the attributes that only serve interaction.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import appCss from '../../../src/app/app.css?raw';
import timelineCss from '../../../src/timeline/timeline.css?raw';
import { Timeline } from '../../../src/timeline/Timeline.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { StoreProvider } from '../../../src/state/StoreContext.tsx';
import { CARD_STYLE_PROPERTIES, isLiveAttribute, skippedInExport } from '../../../src/timeline/exportRules.ts';
/** @import { Dataset } from '../../../src/data/dataset.ts' */
/** @import { Race } from '../../../src/data/schema.ts' */
/** @import { LapWindow } from '../../../src/data/laps.ts' */

/** An element: its name, its attributes (values still escaped) and its children. @typedef {{ name: string; attrs: Map<string, string>; children: XmlNode[]; text?: undefined }} XmlElement */
/** A text node, still escaped. @typedef {{ text: string; name?: undefined; attrs?: undefined; children?: undefined }} XmlText */
/** @typedef {XmlElement | XmlText} XmlNode */
/** A rule of a stylesheet: its selectors and its declarations as [property, value]. @typedef {{ selectors: string[]; declarations: [string, string][] }} CssRule */
/** The theme's custom properties (themeOf). @typedef {ReturnType<typeof themeOf>} Theme */

// ---------------------------------------------------------------------------------------------
// A small XML tree: React's static markup for SVG is well-formed XML (quoted attributes, closed
// empty elements, escaped text), so a tokenizer suffices; no DOM is needed.

const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)(?:="([^"]*)")?/g;

/**
 * Parses markup into `{ name, attrs: Map, children }` nodes (text nodes are `{ text }`, still escaped).
 * @param {string} markup
 * @returns {XmlElement}
 */
export function parseMarkup(markup) {
  /** @type {XmlElement} */
  const root = { name: '#root', attrs: new Map(), children: [] };
  const stack = [root];
  for (const match of markup.matchAll(TOKEN)) {
    const [, closing, name, attrText, selfClosing, text] = match;
    const parent = /** @type {XmlElement} */ (stack.at(-1));
    if (text !== undefined) {
      parent.children.push({ text });
    } else if (closing) {
      if (parent.name !== name) throw new Error(`unbalanced markup: </${name}> closes <${parent.name}>`);
      stack.pop();
    } else {
      const attrs = new Map([...attrText.matchAll(ATTRIBUTE)].map(([, key, value]) => [key, value ?? '']));
      /** @type {XmlElement} */
      const node = { name, attrs, children: [] };
      parent.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  return root;
}

/**
 * Serializes a node tree back to markup (values were escaped on the way in and stay so).
 * @param {XmlNode} node
 * @returns {string}
 */
export function serialize(node) {
  if (node.text !== undefined) return node.text;
  const inner = node.children.map(serialize).join('');
  if (node.name === '#root') return inner;
  const attrs = [...node.attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  return inner ? `<${node.name}${attrs}>${inner}</${node.name}>` : `<${node.name}${attrs}/>`;
}

/**
 * Makes one rendered layer drawable by resvg: drops what the app's export drops, the interaction
 * attributes, and turns CSS translate transforms (the cursor's) into SVG transform attributes.
 * @param {XmlElement} node
 * @returns {XmlElement}
 */
function cleanLayer(node) {
  node.children = node.children.filter((child) => !child.attrs || !skippedInExport({ getAttribute: (name) => child.attrs.get(name) ?? null }));
  if (node.attrs) {
    for (const key of [...node.attrs.keys()]) if (isLiveAttribute(key)) node.attrs.delete(key);
    const style = node.attrs.get('style');
    if (style !== undefined) {
      /** @type {string[]} */
      const rest = [];
      for (const declaration of style.split(';').map((d) => d.trim()).filter(Boolean)) {
        const translate = /^transform:\s*translateX\((-?[\d.e+-]+)px\)$/.exec(declaration);
        if (translate) node.attrs.set('transform', `translate(${Number(translate[1])},0)`);
        else rest.push(declaration);
      }
      if (rest.length) node.attrs.set('style', rest.join(';'));
      else node.attrs.delete('style');
    }
  }
  for (const child of node.children) if (child.text === undefined) cleanLayer(child);
  return node;
}

// ---------------------------------------------------------------------------------------------
// The app's stylesheets, reduced for resvg.

/**
 * Top-level rules of a stylesheet as `{ selectors, declarations }`, outside any at-rule block (@media and the like).
 * @param {string} css
 * @returns {CssRule[]}
 */
function rulesOf(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  /** @type {CssRule[]} */
  const rules = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    // Find the matching brace (an @media block nests rules).
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const declarations = splitTopLevel(body, ';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const colon = d.indexOf(':');
        return /** @type {[string, string]} */ ([d.slice(0, colon).trim(), d.slice(colon + 1).trim()]);
      });
    rules.push({ selectors: splitTopLevel(prelude, ',').map((s) => s.trim()), declarations });
  }
  return rules;
}

/**
 * Splits at `separator` outside parentheses and quotes.
 * @param {string} text
 * @param {string} separator
 * @returns {string[]}
 */
function splitTopLevel(text, separator) {
  const parts = [];
  let depth = 0;
  /** @type {string | null} */
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * `light-dark(a, b)` → a, wherever it occurs: the cards use the light theme.
 * @param {string} value
 * @returns {string}
 */
function lightValue(value) {
  const at = value.indexOf('light-dark(');
  if (at < 0) return value;
  const open = at + 'light-dark'.length;
  let depth = 0;
  let close = open;
  for (; close < value.length; close++) {
    if (value[close] === '(') depth++;
    else if (value[close] === ')' && --depth === 0) break;
  }
  const light = splitTopLevel(value.slice(open + 1, close), ',')[0].trim();
  return lightValue(value.slice(0, at) + light + value.slice(close + 1));
}

/** The properties resvg takes from CSS that the chart uses (timeline/exportRules.ts); the rest of the app's CSS is for HTML. */
/** @type {ReadonlySet<string>} */
const SVG_PROPERTIES = new Set(CARD_STYLE_PROPERTIES);

/**
 * The theme: every custom property of :root, and the ones set per scope (the incident kinds),
 * resolved to plain values.
 */
export function themeOf(css = appCss) {
  /** @type {Map<string, string>} */
  const global = new Map();
  /** @type {{ selector: string; property: string; value: string }[]} */
  const scoped = [];
  for (const rule of rulesOf(css)) {
    for (const [property, value] of rule.declarations) {
      if (!property.startsWith('--')) continue;
      if (rule.selectors.length === 1 && rule.selectors[0] === ':root') global.set(property, lightValue(value));
      else for (const selector of rule.selectors) scoped.push({ selector, property, value });
    }
  }
  /**
   * Replaces every var() by its value: from `scope` (a Map) first, then :root, then the fallback.
   * @param {string} value
   * @param {Map<string, string>} [scope]
   * @returns {string}
   */
  const resolve = (value, scope = new Map(), depth = 0) => {
    if (depth > 10) throw new Error(`custom properties nest too deep in ${value}`);
    return value.replace(/var\((--[\w-]+)(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g, (/** @type {string} */ _, /** @type {string} */ name, /** @type {string | undefined} */ fallback) => {
      const found = scope.get(name) ?? global.get(name);
      if (found !== undefined) return resolve(found, scope, depth + 1);
      if (fallback !== undefined) return resolve(fallback.trim(), scope, depth + 1);
      throw new Error(`no value for ${name}`);
    });
  };
  for (const [name, value] of global) global.set(name, resolve(value));
  return {
    /** Plain value of a :root custom property (light theme): `color('--text')`. @param {string} name */
    color: (name) => {
      const value = global.get(name);
      if (value === undefined) throw new Error(`the theme has no ${name}`);
      return value;
    },
    resolve,
    scoped: scoped.map((s) => ({ ...s, value: resolve(s.value) })),
  };
}

/**
 * The timeline's stylesheet as resvg can apply it: selectors without pseudo-classes, SVG
 * properties only, every var() resolved. A rule that reads a scoped property (var(--kind, …))
 * is written once with its fallback and once per scope (`.marker[data-kind='pit']`, and the same
 * scope as an ancestor), with that scope's value.
 * @param {Theme} [theme]
 * @returns {string}
 */
export function chartStylesheet(theme = themeOf(), css = timelineCss) {
  /** @type {string[]} */
  const out = [];
  /** @param {string[]} selectors @param {[string, string][]} declarations */
  const write = (selectors, declarations) => {
    if (selectors.length && declarations.length) out.push(`${selectors.join(',')}{${declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`);
  };
  for (const rule of rulesOf(css)) {
    const selectors = rule.selectors.filter((s) => !s.includes(':'));
    const declarations = rule.declarations.filter(([property]) => SVG_PROPERTIES.has(property));
    if (!selectors.length || !declarations.length) continue;
    const reads = new Set(declarations.flatMap(([, v]) => [...v.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1])));
    const scopes = theme.scoped.filter((s) => reads.has(s.property));
    // The rule as written (scoped properties at their fallback), then once per scope: those
    // selectors are more specific, so they win wherever the scope applies.
    write(selectors, declarations.map(([p, v]) => [p, theme.resolve(v)]));
    for (const scope of scopes) {
      write(
        selectors.flatMap((s) => [`${s}${scope.selector}`, `${scope.selector} ${s}`]),
        declarations.map(([p, v]) => [p, theme.resolve(v, new Map([[scope.property, scope.value]]))]),
      );
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

/**
 * The Timeline component of `race` at a view (lap, selected incident, driver followed), rendered on
 * the server at `width` (on a fixed lap window, for two races on one axis, when `lapWindow` is given):
 * `{ width, height, layers }`, the layers being the chart and the cursor as <svg> nodes
 * (parseMarkup's) to place in another SVG and serialize, cursor last so it draws on top.
 * @param {Dataset} dataset
 * @param {Race} race
 * @param {{ lap: number; event?: string | null; follow?: string | null; hideAhead?: boolean }} view
 * @param {number} width
 * @param {LapWindow} [lapWindow]
 * @returns {{ width: number; height: number; layers: XmlElement[] }}
 */
export function timelineLayers(dataset, race, { lap, event = null, follow = null, hideAhead = false }, width, lapWindow = undefined) {
  const store = createAppStore(dataset, { race: race.id, lap, event, quote: null, hideAhead, follow });
  const markup = renderToStaticMarkup(createElement(StoreProvider, { store, dataset, children: createElement(Timeline, { race, width, lapWindow }) }));
  const svgs = parseMarkup(markup).children.filter(/** @returns {n is XmlElement} */ (n) => n.name === 'svg');
  const chart = svgs.find((n) => n.attrs.get('class') === 'timeline');
  const cursor = svgs.find((n) => n.attrs.get('data-layer') === 'cursor');
  if (!chart || !cursor) throw new Error('the Timeline did not render its chart and cursor layers');
  const layers = [chart, cursor].map(cleanLayer);
  return { width: Number(chart.attrs.get('width')), height: Number(chart.attrs.get('height')), layers };
}
