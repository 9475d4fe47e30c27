// Types of scripts/build/cards.mjs, for the TypeScript that uses it (its test; the prerender).
import type { Quote } from '../../src/data/schema';

/** A race's card (`eventId` and `follow` null), an incident's, the race followed by one driver (`follow`, a driver id), or two races compared (`compare`); `noSpoilers` for a spoiler-free page's card. */
export type Moment = { raceId: string; eventId: string | null; follow?: string | null; compare?: [string, string] | null; noSpoilers?: boolean };

/** One card as drawn: the SVG, its title (the race's name, the incident's or the driver's), the quote it shows and the chart's scale. */
export type DrawnCard = { svg: string; title: string; quote: Quote | null; scale: number };

/** A drawn card with the PNG made from its SVG. */
export type RenderedCard = DrawnCard & { png: Uint8Array };

export type CardRenderer = {
  /** Every race, incident and followed driver of the bundled dataset: each race, then its incidents in the race file's order (by lap), then all its drivers. */
  moments: Moment[];
  /** Where a moment's card goes under the cards' folder, beside its page's path (src/data/pages.ts): "phoenix-2023/hocevar-spins-heim.png". */
  fileOf(moment: Moment): string;
  /** The card's SVG only (no PNG): fast. */
  draw(moment: Moment): DrawnCard;
  render(moment: Moment): Promise<RenderedCard>;
  /** Stops the Vite server the app's modules were loaded through. */
  close(): Promise<void>;
};

export const DEFAULT_OUT_DIR: string;
export function openCardRenderer(): Promise<CardRenderer>;
export function cardSvg(moment: Moment): Promise<string>;
export function renderCards(options?: { outDir?: string; moments?: Moment[] }): Promise<string[]>;
