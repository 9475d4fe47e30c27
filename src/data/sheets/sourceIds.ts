/**
 * The export's list of sources: every distinct source a race cites, once, with an id the sheets
 * cite it by. An article keeps its own id; a public record gets one made from its name
 * ("Wikipedia: 2023 Craftsman 150" → "wikipedia-2023-craftsman-150").
 */
import type { SourceRef } from '../schema';
import type { SourceCitation } from './cells';

export type SourceRow = { id: string; article?: string; record?: string; url?: string; published?: string };

export class SourceList {
  readonly rows: SourceRow[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The citation of `source`: its id in the list (added on first sight) and its note. */
  cite(source: SourceRef): SourceCitation {
    const { note, ...identity } = source;
    const key = JSON.stringify(Object.entries(identity).sort(([a], [b]) => a.localeCompare(b)));
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.freeId('article' in identity ? identity.article : idFromName(identity.record));
      this.byKey.set(key, id);
      this.taken.add(id);
      this.rows.push({ id, ...identity });
    }
    return note === undefined ? { ref: id } : { ref: id, note };
  }

  private freeId(wanted: string): string {
    if (!this.taken.has(wanted)) return wanted;
    let n = 2;
    while (this.taken.has(`${wanted}-${n}`)) n += 1;
    return `${wanted}-${n}`;
  }
}

/** The first words of a record's name, as an id. */
export function idFromName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words.slice(0, 4).join('-') || 'source';
}
