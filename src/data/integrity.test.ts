/**
 * The data is the product: these tests tie every quote to the articles in ../shared/seeds and
 * every shipped race to the schema and its cross-checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeEntities } from '../lib/decodeEntities';
import { formatDataError } from './errors';
import { dataset } from './bundledDataset';

// Beside the project (../shared/seeds); LAPLINE_SEEDS points there from a copy of the project
// elsewhere (the sandbox `npm run mutate` tests in).
const SEEDS = process.env.LAPLINE_SEEDS ?? resolve(__dirname, '../../../shared/seeds');
const seedText = (file: string) => decodeEntities(readFileSync(resolve(SEEDS, file), 'utf8'));

/**
 * Every span the article puts in quotation marks. Curly “…” and straight "…" pairs; a quotation
 * that runs on into the next paragraph (opened but not closed on its line) ends with its line.
 */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const line of text.split('\n')) {
    let i = 0;
    while (i < line.length) {
      const open = line.slice(i).search(/[“"]/);
      if (open === -1) break;
      const start = i + open;
      const closer = line[start] === '“' ? '”' : '"';
      const end = line.indexOf(closer, start + 1);
      spans.push(line.slice(start + 1, end === -1 ? line.length : end));
      i = end === -1 ? line.length : end + 1;
    }
  }
  return spans;
}

describe('articles', () => {
  it('ships verbatim copies of the seed articles', () => {
    const seeds = readdirSync(SEEDS).filter((f: string) => f.endsWith('.txt'));
    expect(seeds).toHaveLength(3);
    for (const article of dataset.articles.values()) {
      expect(seeds).toContain(article.file);
      expect(readFileSync(resolve(__dirname, 'articles', article.file), 'utf8')).toBe(readFileSync(resolve(SEEDS, article.file), 'utf8'));
      expect(article.text).toBe(seedText(article.file));
    }
  });

  it('leaves no HTML entity undecoded', () => {
    for (const article of dataset.articles.values()) expect(article.text).not.toMatch(/&(#x?[0-9a-f]+|[a-z]+);/i);
  });
});

describe('quotes', () => {
  it('are each verbatim in the seed article they cite', () => {
    expect(dataset.quotes.length).toBeGreaterThan(0);
    for (const quote of dataset.quotes) {
      const article = dataset.articles.get(quote.article);
      expect(article, quote.id).toBeDefined();
      expect(seedText(article!.file).includes(quote.text), `${quote.id} is not verbatim in ${article!.file}`).toBe(true);
    }
  });

  it('cover every direct quotation in every article, and nothing else', () => {
    for (const article of dataset.articles.values()) {
      const spans = quotedSpans(seedText(article.file));
      const quotes = dataset.quotes.filter((q) => q.article === article.id);
      const notQuotes = (article.notQuotes ?? []).map((n) => n.text);
      for (const span of spans) {
        expect(quotes.some((q) => q.text === span) || notQuotes.includes(span), `“${span}” in ${article.file} is not in the data`).toBe(true);
      }
      // Quotes outside quotation marks are only the embedded social posts.
      for (const quote of quotes) {
        expect(spans.includes(quote.text) || quote.kind === 'post', `${quote.id} is not a quoted span of ${article.file}`).toBe(true);
      }
      expect(quotes.filter((q) => spans.includes(q.text)).length + notQuotes.length).toBe(spans.length);
    }
  });

  it('link to at least one event each', () => {
    for (const quote of dataset.quotes) expect(quote.events.length, quote.id).toBeGreaterThan(0);
  });

  it('include one from a 2025 article about a 2023 incident', () => {
    const crossRace = dataset.quotes.filter((q) => dataset.articles.get(q.article)?.race === 'roval-2025' && q.events.some((e) => e.race === 'phoenix-2023'));
    expect(crossRace.map((q) => q.id)).toContain('zipadelli-hocevar-wrecked-us');
  });
});

describe('shipped races', () => {
  it('all pass the schema and the cross-checks', () => {
    const errors = [...dataset.entries.flatMap((e) => e.errors ?? []), ...dataset.errors].map(formatDataError);
    expect(errors).toEqual([]);
    expect(dataset.entries.map((e) => e.id)).toEqual(['phoenix-2023', 'roval-2025']);
  });

  it('record the laps actually run and the stage ends', () => {
    const phoenix = dataset.races.get('phoenix-2023')!;
    const roval = dataset.races.get('roval-2025')!;
    expect([phoenix.scheduledLaps, phoenix.lapsRun, phoenix.overtimes.length]).toEqual([150, 179, 4]);
    expect(phoenix.stages.map((s) => s.endLap)).toEqual([45, 90, 150]);
    expect([roval.scheduledLaps, roval.lapsRun, roval.overtimes.length]).toEqual([67, 70, 1]);
    expect(roval.stages.map((s) => s.endLap)).toEqual([20, 40, 67]);
  });

  it('never put quotation marks in descriptions (they hold only the articles’ words)', () => {
    for (const race of dataset.races.values()) {
      for (const event of race.events) {
        for (const text of [event.title, event.description, event.lapNote ?? '']) expect(text, event.id).not.toMatch(/[“”"]/);
      }
    }
  });
});
