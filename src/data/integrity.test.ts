/**
 * The data is the product: these tests tie every quote to the project's copies of the articles
 * (src/data/articles/, the project's record of them) and every shipped race to the schema and its
 * cross-checks. They need nothing beside the project; where the seeds the articles were copied from
 * are at hand (../shared/seeds, or LAPLINE_SEEDS), the copies are also checked against them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeEntities } from '../lib/decodeEntities';
import { formatDataError } from './validate/errors';
import { dataset } from './load/bundledDataset';

// The seeds, where they are: beside the project (../shared/seeds), or where LAPLINE_SEEDS points
// from a copy of the project elsewhere (the sandbox `npm run mutate` tests in).
const SEEDS = process.env.LAPLINE_SEEDS ?? resolve(__dirname, '../../../shared/seeds');
const articleFile = (file: string) => readFileSync(resolve(__dirname, 'articles', file), 'utf8');

/**
 * The shipped articles' files as they were copied, by SHA-256: an accidental edit of one (an
 * editor's "fix" of a typo the article really has) changes the words every quote is checked against.
 * A new article is added here when it is added to the project.
 */
const PINNED: Record<string, string> = {
  '000_6c3fb567d52bd841.txt': 'f392fa0ce88ab1db5b51f9a14d43781817e251e3c9e38007079fb327214b65f2',
  '001_1b467fcaf1ede53a.txt': '6188b5ebbc2f56b21581cdf8195f318f59760f63695c4b051653cef3e9cefadf',
  '002_25c5330b4e73d84f.txt': 'c48e61c8b54c6c3ee6a85d9cca1fc3896021bf9ef164c8ca89282e6a5b05be4d',
};

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
  it('are the copies the project pinned, each described in articles.json', () => {
    const files = readdirSync(resolve(__dirname, 'articles')).filter((f) => f.endsWith('.txt'));
    expect([...dataset.articles.values()].map((a) => a.file).sort()).toEqual(files.sort());
    for (const [file, sha256] of Object.entries(PINNED)) {
      expect(createHash('sha256').update(articleFile(file)).digest('hex'), `${file} has changed`).toBe(sha256);
    }
  });

  it('are decoded from their files, HTML entities and nothing else', () => {
    for (const article of dataset.articles.values()) expect(article.text).toBe(decodeEntities(articleFile(article.file)));
  });

  it('leave no HTML entity undecoded', () => {
    for (const article of dataset.articles.values()) expect(article.text).not.toMatch(/&(#x?[0-9a-f]+|[a-z]+);/i);
  });
});

// Only where the seeds are at hand: a clone of the project alone has its own copies and nothing else.
describe.runIf(existsSync(SEEDS))('articles, against the seeds beside the project', () => {
  it('are verbatim copies of the seeds they came from', () => {
    const seeds = readdirSync(SEEDS).filter((f: string) => f.endsWith('.txt'));
    for (const article of dataset.articles.values()) {
      if (!seeds.includes(article.file)) continue; // an article the project added, not one of the seeds
      expect(articleFile(article.file), article.file).toBe(readFileSync(resolve(SEEDS, article.file), 'utf8'));
    }
    expect(seeds.every((seed) => [...dataset.articles.values()].some((a) => a.file === seed)), 'every seed is one of the articles').toBe(true);
  });
});

describe('quotes', () => {
  it('are each verbatim in the article they cite', () => {
    expect(dataset.quotes.length).toBeGreaterThan(0);
    for (const quote of dataset.quotes) {
      const article = dataset.articles.get(quote.article);
      expect(article, quote.id).toBeDefined();
      expect(decodeEntities(articleFile(article!.file)).includes(quote.text), `${quote.id} is not verbatim in ${article!.file}`).toBe(true);
    }
  });

  it('cover every direct quotation in every article, and nothing else', () => {
    for (const article of dataset.articles.values()) {
      const spans = quotedSpans(decodeEntities(articleFile(article.file)));
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
    // The shipped races are there; any other race a newsroom adds is welcome.
    expect(dataset.entries.map((e) => e.id)).toEqual(expect.arrayContaining(['phoenix-2023', 'roval-2025']));
  });

  it('record the laps actually run and the stage ends', () => {
    const phoenix = dataset.races.get('phoenix-2023')!;
    const roval = dataset.races.get('roval-2025')!;
    expect([phoenix.scheduledLaps, phoenix.lapsRun, phoenix.overtimes.length]).toEqual([150, 179, 4]);
    expect(phoenix.stages.map((s) => s.endLap)).toEqual([45, 90, 150]);
    expect([roval.scheduledLaps, roval.lapsRun, roval.overtimes.length]).toEqual([67, 70, 1]);
    expect(roval.stages.map((s) => s.endLap)).toEqual([20, 40, 67]);
  });
});
