import { dataset } from './bundledDataset';
import { datasetFromEmbedded, embedDataset } from './embeddedDataset';

describe('the dataset a prerendered page carries', () => {
  it('comes back whole through JSON: every race, article, quote, remark and error, races shared with their entries', () => {
    const again = datasetFromEmbedded(JSON.parse(JSON.stringify(embedDataset(dataset))));
    expect(again).toEqual(dataset);
    expect([...again.races.keys()]).toEqual([...dataset.races.keys()]);
    expect([...again.articles.keys()]).toEqual([...dataset.articles.keys()]);
    for (const entry of again.entries) if (entry.race) expect(again.races.get(entry.id)).toBe(entry.race);
  });

  it('leaves out of the races map an entry whose file failed', () => {
    const failed = { ...embedDataset(dataset), entries: [{ id: 'broken-2024', file: 'x.json', errors: [{ file: 'x.json', path: '', message: 'bad' }] }] };
    const again = datasetFromEmbedded(failed);
    expect(again.races.size).toBe(0);
    expect(again.entries).toHaveLength(1);
  });
});
