/**
 * What a timeline keeps when it leaves the app, in one place for the app's SVG/PNG export
 * (timeline/export.ts) and the link-preview cards (scripts/build/cards/chart.mjs), so the two cannot drift.
 */

/** The presentation properties a chart's look depends on: copied as computed (export) or kept from the stylesheet (cards). */
export const CHART_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
] as const;

/**
 * What each target adds. The export copies computed values, where `currentColor` is already a colour,
 * and keeps the reader's font; a card keeps the stylesheet's rules, so it needs `color` for
 * `currentColor`, and sets its own embedded font.
 */
export const EXPORT_STYLE_PROPERTIES = [...CHART_STYLE_PROPERTIES, 'font-family'] as const;
export const CARD_STYLE_PROPERTIES = [...CHART_STYLE_PROPERTIES, 'color'] as const;

/** Parts drawn only for interaction (the scrub surface, the zoom hint) carry data-export="skip" and are left out. */
export const EXPORT_SKIP_ATTRIBUTE = 'data-export';
export const EXPORT_SKIP_VALUE = 'skip';

/** True for an element left out of every export and card. */
export function skippedInExport(element: { getAttribute(name: string): string | null }): boolean {
  return element.getAttribute(EXPORT_SKIP_ATTRIBUTE) === EXPORT_SKIP_VALUE;
}

/** Attributes that only serve interaction or assistive technology in the live app. */
const LIVE_ATTRIBUTE = /^(?:role|tabindex|aria-.*|data-nav|data-key|data-lap|data-export)$/;

/** True for an attribute a drawing outside the app drops. */
export function isLiveAttribute(name: string): boolean {
  return LIVE_ATTRIBUTE.test(name);
}
