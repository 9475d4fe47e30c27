import { dataset } from './bundledDataset';
import { datasetFromEmbedded, embedDataset, pageDataset, raceFile } from './embeddedDataset';

describe('the dataset a prerendered page carries', () => {
  it('comes back whole through JSON: every race, quote, remark and error, races shared with their entries, every article but its text', () => {
    const again = datasetFromEmbedded(JSON.parse(JSON.stringify(embedDataset(dataset))));
    expect({ ...again, articles: null }).toEqual({ ...dataset, articles: null });
    expect([...again.races.keys()]).toEqual([...dataset.races.keys()]);
    for (const entry of again.entries) if (entry.race) expect(again.races.get(entry.id)).toBe(entry.race);
    // The texts are fetched when the reader opens an article (articleText.ts), never carried.
    expect([...again.articles.keys()]).toEqual([...dataset.articles.keys()]);
    for (const [id, article] of dataset.articles) expect(again.articles.get(id)).toEqual({ ...article, text: '', textOnDemand: true });
    expect(JSON.stringify(embedDataset(dataset))).not.toContain(dataset.articles.values().next().value!.text.slice(0, 60));
  });

  it('leaves out of the races map an entry whose file failed', () => {
    const failed = { ...embedDataset(dataset), entries: [{ id: 'broken-2024', file: 'x.json', errors: [{ file: 'x.json', path: '', message: 'bad' }] }] };
    const again = datasetFromEmbedded(failed);
    expect(again.races.size).toBe(0);
    expect(again.entries).toHaveLength(1);
  });
});

describe('a page carries its own race only', () => {
  it('holds its race whole and every other race as a summary to fetch later, in the same order', () => {
    for (const [raceId, other] of [
      ['phoenix-2023', 'roval-2025'],
      ['roval-2025', 'phoenix-2023'],
    ] as const) {
      const page = datasetFromEmbedded(JSON.parse(JSON.stringify(embedDataset(pageDataset(dataset, [raceId])))));
      expect(page.entries.map((e) => e.id)).toEqual(dataset.entries.map((e) => e.id));
      expect([...page.races.keys()]).toEqual([raceId]);
      expect(page.races.get(raceId)).toEqual(dataset.races.get(raceId));
      const full = dataset.races.get(other)!;
      expect(page.entries.find((e) => e.id === other)).toEqual({
        id: other,
        file: `src/data/races/${other}/race.json`,
        pending: true,
        summary: { name: full.name, track: full.track.name, date: full.date, lapsRun: full.lapsRun, scheduledLaps: full.scheduledLaps, eventLaps: full.events.map((e) => [e.id, e.lap]), drivers: full.drivers.map((d) => [d.id, d.name]) },
      });
      // Every quote and remark: a quote may speak of several races, and a link may name any quote.
      expect(page.quotes).toEqual(dataset.quotes);
      expect(page.remarks).toEqual(dataset.remarks);
    }
  });

  it('of a comparison holds both races whole', () => {
    const page = datasetFromEmbedded(JSON.parse(JSON.stringify(embedDataset(pageDataset(dataset, ['phoenix-2023', 'roval-2025'])))));
    expect([...page.races.keys()]).toEqual(['phoenix-2023', 'roval-2025']);
    // Any other race is listed by its summary, to fetch when opened.
    expect(page.entries.filter((e) => e.pending).map((e) => e.id)).toEqual(dataset.entries.filter((e) => e.race && !['phoenix-2023', 'roval-2025'].includes(e.id)).map((e) => e.id));
  });

  it('is far smaller than the whole dataset', () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(embedDataset(pageDataset(dataset, ['roval-2025'])))).toBeLessThan(size(embedDataset(dataset)) * 0.6);
  });

  it('writes a file for each loaded race, and none for a race that is not loaded', () => {
    const entry = dataset.entries.find((e) => e.id === 'roval-2025')!;
    expect(JSON.parse(JSON.stringify(raceFile(entry)))).toEqual(entry);
    expect(() => raceFile({ id: 'x', file: 'x.json', pending: true })).toThrow(/x is not loaded/);
  });
});
