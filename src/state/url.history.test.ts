import { historyEntryFor } from './url';

describe('historyEntryFor and the article reader', () => {
  const base = { race: 'phoenix-2023', lap: 120, event: 'hocevar-spins-heim', quote: null, hideAhead: false, follow: null, zoom: null, lanes: 'kind' } as const;

  it('replaces the entry when the reader closes, so Back does not reopen the article', () => {
    expect(historyEntryFor({ ...base, quote: 'hocevar-i-messed-up' }, base)).toBe('replace');
  });

  it('still pushes opening an article, and moving from one article to another', () => {
    expect(historyEntryFor(base, { ...base, quote: 'hocevar-i-messed-up' })).toBe('push');
    expect(historyEntryFor({ ...base, quote: 'hocevar-i-messed-up' }, { ...base, quote: 'heim-since-i-was-5' })).toBe('push');
  });

  it('pushes when closing the reader comes with another change that pushes (a new incident)', () => {
    expect(historyEntryFor({ ...base, quote: 'hocevar-i-messed-up' }, { ...base, event: 'heim-passes-hocevar', lap: 119 })).toBe('push');
  });
});
