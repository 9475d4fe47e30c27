// Types of scripts/build/cards/text.mjs, for its test.

/** A font file with what text layout needs (loadFont). */
export type CardFont = {
  file: string;
  weight: number;
  bytes: Uint8Array;
  covers(text: string): boolean;
  measure(text: string, size: number): number;
};

export type WrapOptions = { font: CardFont; size: number; width: number; maxLines?: number; ellipsis?: boolean };
export type Wrapped = { lines: string[]; complete: boolean };
export type SizeOption = { size: number; lineHeight: number; maxLines: number };

export const FONT_FILES: { regular: string; bold: string };
export const FONT_FAMILY: string;
export function loadFont(file: string): CardFont;
export function escapeXml(text: string): string;
export function escapeText(text: string): string;
export function wrap(text: string, options: WrapOptions): Wrapped;
export function wrapBalanced(text: string, options: WrapOptions): Wrapped;
export function fitText(text: string, options: { font: CardFont; width: number; sizes: SizeOption[] }): Wrapped & { size: number; lineHeight: number };
export function leadSentences(text: string, options: { font: CardFont; size: number; width: number; maxLines: number }): Wrapped;
