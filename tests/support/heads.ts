/**
 * What a built page's HTML tells a link preview and a search engine, read as they read it: its
 * <title>, and its <meta> and <link rel> tags by key, entity-decoded.
 */
import { decodeEntities } from '../../src/lib/decodeEntities.ts';

/** Every <meta> (by name or property) or <link rel> of a page with this key ("og:image", "canonical"), entity-decoded, in page order. */
export function heads(html: string, key: string): string[] {
  const pattern = new RegExp(`<(?:meta (?:name|property)="${key}" content|link rel="${key}" href)="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1]!));
}

/** The first <meta> or <link rel> of a page with this key, entity-decoded; undefined when it has none. */
export function head(html: string, key: string): string | undefined {
  return heads(html, key)[0];
}

/** Every <title> of a page, entity-decoded (a page has one). */
export function titles(html: string): string[] {
  return [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decodeEntities(m[1]!));
}
