/**
 * What each prerendered page tells a link preview (app/pageMetadata.ts): its title, its description
 * and the quote in it. Pure functions of the data, so every rule is pinned here without rendering.
 */
import { dataset } from '../data/load/bundledDataset';
import { MAX_DESCRIPTION_QUOTE, momentQuote } from '../data/momentPreview';
import { pagePath, pagesOf, type PageId } from '../data/pages';
import { parseAddress } from '../state/address';
import { catalogOf } from '../state/store';
import { firstSentence, pageMetadata } from './pageMetadata';

const metadataOf = (page: PageId) => pageMetadata(dataset, page);
const description = (page: PageId) => metadataOf(page).description;
/** The words a description holds between quotation marks. */
const quotedIn = (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const pair: [string, string] = ['phoenix-2023', 'roval-2025'];

describe('a race’s page', () => {
  it('gives the race, its track and date, the laps run and the winner, and quotes nobody', () => {
    const meta = metadataOf({ raceId: 'phoenix-2023', eventId: null });
    expect(meta.title).toBe('Lap 179 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    expect(meta.description).toBe(
      'NASCAR Craftsman Truck Series, Phoenix Raceway, 2023-11-03: 179 laps, won by Christian Eckes. Every incident on a lap timeline, with what the drivers said.',
    );
    expect(meta.quote).toBeNull();
    expect(metadataOf({ raceId: 'roval-2025', eventId: null }).description).toMatch(/^NASCAR Craftsman Truck Series, Charlotte Motor Speedway Roval, 2025-10-03: 70 laps, won by Corey Heim\. /);
  });

  it('names no winner when the record has none', () => {
    const noWinner = { ...dataset, races: new Map([...dataset.races].map(([id, race]) => [id, id === 'roval-2025' ? { ...race, winner: 'nobody-at-all' } : race])) };
    expect(pageMetadata(noWinner, { raceId: 'roval-2025', eventId: null }).description).toMatch(/: 70 laps\. Every incident/);
  });

  it('shows the view its address opens, for every page', () => {
    const catalog = catalogOf(dataset);
    for (const page of pagesOf(dataset)) expect(metadataOf(page).view, pagePath(page)).toEqual(parseAddress(pagePath(page), '', catalog).view);
  });
});

describe('an incident’s page', () => {
  it('is titled by the incident and its lap, and says its laps and the first sentence of our description, no more', () => {
    const meta = metadataOf({ raceId: 'phoenix-2023', eventId: 'heim-pits-after-spin' });
    expect(meta.title).toBe('Heim pits for repairs, lap 121 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    // A lap range ("laps 120–124") reads "Lap 120–124"; "No. 11" does not end the sentence.
    expect(meta.description).toBe('Lap 120–124: Heim brought the damaged No. 11 to pit road under the caution.');
    expect(metadataOf({ raceId: 'roval-2025', eventId: 'calamity-corner-crash' }).description).toBe(
      'Lap 1: Braking into turn 1 on the opening lap, the corner nicknamed Calamity Corner, Grant Enfinger ran into Layne Riggs.',
    );
  });

  it('says when a remark made before the race was said, as the page and the card do', () => {
    expect(description({ raceId: 'roval-2025', eventId: 'heim-locks-into-championship-4' })).toBe(
      'Lap 70: The win guaranteed Heim a place in the title race at Phoenix. Since then, Oct 31, 2025: Heim ends 2025 with 12 wins and the championship.' +
        ' “If we were racing the old format, I would have three truck championships,” – Scott Zipadelli, said before this race',
    );
  });

  it('gives each record after the flag that concerns the moment as a sentence of its own, in the record’s order', () => {
    const page = { raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' };
    const ruling = phoenix.afterRace!.find((item) => item.eventIds.includes(page.eventId))!;
    const twice = { ...phoenix, afterRace: [...phoenix.afterRace!, { ...ruling, title: 'A second ruling on the same contact' }] };
    const text = pageMetadata({ ...dataset, races: new Map([...dataset.races, ['phoenix-2023', twice]]) }, page).description;
    expect(text).toContain('Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar. Penalty, Nov 8, 2023: A second ruling on the same contact. “');
  });

  it('gives a reaction no timing, and the ruling that came after the flag before it', () => {
    const text = description({ raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' });
    expect(text).toMatch(/^Lap 147–148: With his repaired truck fading, .*\. Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar\. “I had no sideforce/);
    expect(text).toMatch(/” – Corey Heim$/);
  });
});

describe('the moment’s quote in a description', () => {
  it('is the moment’s quote, the one its card shows, whenever it is short enough to stay whole, and no other', () => {
    let quoted = 0;
    let tooLong = 0;
    for (const page of pagesOf(dataset).filter((p) => !p.compare && !p.noSpoilers && (p.eventId || p.follow))) {
      const race = dataset.races.get(page.raceId)!;
      const chosen = momentQuote(dataset, race, page.eventId ? { eventId: page.eventId } : { driverId: page.follow! });
      const shown = chosen && chosen.text.length <= MAX_DESCRIPTION_QUOTE ? chosen : null;
      const meta = metadataOf(page);
      expect(quotedIn(meta.description), JSON.stringify(page)).toEqual(shown ? [shown.text] : []);
      expect(meta.quote, JSON.stringify(page)).toBe(shown);
      if (shown) quoted++;
      if (chosen && !shown) tooLong++;
    }
    // Both sides of the rule occur in the shipped races: it is not vacuous.
    expect(quoted).toBeGreaterThan(0);
    expect(tooLong).toBeGreaterThan(0);
  });

  it('of a quote exactly as long as a description allows is kept whole', () => {
    const page = { raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' };
    const chosen = momentQuote(dataset, phoenix, { eventId: page.eventId })!;
    const sized = (length: number) => ({ ...dataset, quotes: dataset.quotes.map((q) => (q.id === chosen.id ? { ...q, text: chosen.text.padEnd(length, '.').slice(0, length) } : q)) });
    expect(quotedIn(pageMetadata(sized(MAX_DESCRIPTION_QUOTE), page).description)).toHaveLength(1);
    expect(quotedIn(pageMetadata(sized(MAX_DESCRIPTION_QUOTE + 1), page).description)).toEqual([]);
  });
});

describe('a followed driver’s page', () => {
  it('gives their race in facts, then their own words only: the champion, who said nothing quoted, gets the facts alone', () => {
    const meta = metadataOf({ raceId: 'phoenix-2023', eventId: null, follow: 'ben-rhodes' });
    expect(meta.title).toBe('Following Ben Rhodes, lap 179 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline');
    expect(meta.description).toBe('Ben Rhodes in the 2023 Craftsman 150 (Phoenix Raceway, 2023-11-03): in 7 of its 24 incidents, the champion, finished 5th.');
    expect(meta.quote).toBeNull();
    expect(description({ raceId: 'roval-2025', eventId: null, follow: 'brent-crews' })).toBe(
      'Brent Crews in the 2025 EcoSave 250 (Charlotte Motor Speedway Roval, 2025-10-03): in 5 of its 14 incidents, led 56 or 55 laps (disputed), finished 2nd.',
    );
  });

  it('quotes the driver, with their name after the words', () => {
    const meta = metadataOf({ raceId: 'phoenix-2023', eventId: null, follow: 'corey-heim' });
    expect(meta.quote?.speaker).toBe('corey-heim');
    expect(meta.description).toMatch(/^Corey Heim in the 2023 Craftsman 150 \(Phoenix Raceway, 2023-11-03\): .*\. “[^”]+” – Corey Heim$/);
  });

  it('refuses a driver who is not in the race', () => {
    expect(() => metadataOf({ raceId: 'roval-2025', eventId: null, follow: 'nobody-at-all' })).toThrow('No driver nobody-at-all in roval-2025');
  });
});

describe('a page without spoilers', () => {
  /** What only the result or the race's course can tell, which a spoiler-free preview must never carry. */
  const spoilers = (race: typeof phoenix) => [
    race.drivers.find((d) => d.id === race.winner)!.name,
    `${race.lapsRun} laps`,
    ...race.events.map((e) => e.title),
  ];

  it('of a race gives only what is known before the green flag: the scheduled distance, no winner, no laps run, no incident, no quote', () => {
    const meta = metadataOf({ raceId: 'phoenix-2023', eventId: null, noSpoilers: true });
    expect(meta.title).toBe('2023 Craftsman 150, Phoenix Raceway, without spoilers – Lapline');
    expect(meta.description).toBe(
      'NASCAR Craftsman Truck Series, Phoenix Raceway, 2023-11-03, 150 laps scheduled. Relive it lap by lap from the green flag, without spoilers: nothing after the lap you are on is shown.',
    );
    expect(meta.quote).toBeNull();
    for (const race of dataset.races.values()) {
      const text = description({ raceId: race.id, eventId: null, noSpoilers: true });
      for (const spoiler of spoilers(race)) expect(text).not.toContain(spoiler);
      expect(text).not.toContain('“');
    }
  });

  it('of a comparison gives both races’ scheduled distances and nothing after the cursor', () => {
    const meta = metadataOf({ raceId: pair[0], eventId: null, compare: pair, noSpoilers: true });
    expect(meta.title).toBe('Phoenix 2023 and Charlotte Roval 2025, side by side, without spoilers – Lapline');
    expect(meta.description).toBe(
      'The 2023 Craftsman 150 (150 laps scheduled) and the 2025 EcoSave 250 (67 laps scheduled) on one lap timeline, from the green flag, without spoilers: nothing after the cursor is shown.',
    );
    expect(meta.quote).toBeNull();
    for (const spoiler of [...spoilers(phoenix), ...spoilers(roval)]) expect(meta.description).not.toContain(spoiler);
    expect(meta.view.hideAhead).toBe(true);
  });
});

describe('a comparison’s page', () => {
  it('gives both races and laps run, then the shortest remark in one race’s article about the other, said when relative to the race it speaks of', () => {
    const meta = metadataOf({ raceId: pair[0], eventId: null, compare: pair });
    expect(meta.title).toBe('Phoenix 2023 and Charlotte Roval 2025, side by side – Lapline');
    expect(meta.description).toBe(
      'The 2023 Craftsman 150 (179 laps) and the 2025 EcoSave 250 (70 laps) on one lap timeline, lined up by share of the scheduled distance.' +
        ' “If we were racing the old format, I would have three truck championships,” – Scott Zipadelli, said about 2 years after Phoenix 2023',
    );
    expect(meta.quote?.id).toBe('zipadelli-three-championships');
    expect(meta.view.compare?.races).toEqual(pair);
  });

  it('quotes the shortest such remark that stays whole in a preview, and none longer', () => {
    const crossing = metadataOf({ raceId: pair[0], eventId: null, compare: pair }).quote!;
    const withText = (quotes: typeof dataset.quotes) => ({ ...dataset, quotes });
    // A longer remark listed first, a shorter one after it: the shorter is quoted.
    const longer = { ...crossing, id: 'longer-remark', text: `${crossing.text} And more words.` };
    const shorter = { ...crossing, id: 'shorter-remark', text: crossing.text.slice(0, 30) };
    const others = dataset.quotes.filter((q) => q.id !== crossing.id);
    expect(pageMetadata(withText([longer, ...others, shorter]), { raceId: pair[0], eventId: null, compare: pair }).quote?.id).toBe('shorter-remark');
    expect(pageMetadata(withText([shorter, ...others, longer]), { raceId: pair[0], eventId: null, compare: pair }).quote?.id).toBe('shorter-remark');
    // As long as a description allows: quoted; one character more: not.
    const sized = (length: number) => withText([...others, { ...crossing, text: crossing.text.padEnd(length, '.').slice(0, length) }]);
    expect(pageMetadata(sized(MAX_DESCRIPTION_QUOTE), { raceId: pair[0], eventId: null, compare: pair }).quote?.id).toBe(crossing.id);
    expect(pageMetadata(sized(MAX_DESCRIPTION_QUOTE + 1), { raceId: pair[0], eventId: null, compare: pair }).quote).toBeNull();
  });

  it('reads a remark whose article is not known as about neither race', () => {
    const crossing = metadataOf({ raceId: pair[0], eventId: null, compare: pair }).quote!;
    const articles = new Map([...dataset.articles].filter(([id]) => id !== crossing.article));
    const meta = pageMetadata({ ...dataset, articles }, { raceId: pair[0], eventId: null, compare: pair });
    expect(meta.quote?.article).not.toBe(crossing.article);
  });

  it('quotes nobody when no article of one race speaks of the other', () => {
    const crossing = metadataOf({ raceId: pair[0], eventId: null, compare: pair }).quote!;
    const without = { ...dataset, quotes: dataset.quotes.filter((q) => q.id !== crossing.id) };
    const others = pageMetadata(without, { raceId: pair[0], eventId: null, compare: pair });
    // Another crossing remark takes its place if there is one; none is left once all are gone.
    const noneCross = { ...dataset, quotes: dataset.quotes.filter((q) => !q.events.some((e) => e.race !== dataset.articles.get(q.article)?.race)) };
    expect(others.quote?.id).not.toBe(crossing.id);
    const alone = pageMetadata(noneCross, { raceId: pair[0], eventId: null, compare: pair });
    expect(alone.quote).toBeNull();
    expect(alone.description).toBe('The 2023 Craftsman 150 (179 laps) and the 2025 EcoSave 250 (70 laps) on one lap timeline, lined up by share of the scheduled distance.');
  });
});

describe('the first sentence of a description', () => {
  it('ends at the first full stop, question or exclamation mark that ends a sentence', () => {
    expect(firstSentence('Heim led. Then he spun.')).toBe('Heim led.');
    expect(firstSentence('Who blinked? Nobody did.')).toBe('Who blinked?');
    expect(firstSentence('He spun! “It hurts,” he said.')).toBe('He spun!');
    expect(firstSentence('It was over. (Or so it seemed.)')).toBe('It was over.');
  });

  it('does not end at an abbreviation, a lower-case word or a stop with nothing after it', () => {
    expect(firstSentence('The No. 11 spun. Then it rained.')).toBe('The No. 11 spun.');
    expect(firstSentence('Earnhardt Jr. Smith won. Then more.')).toBe('Earnhardt Jr. Smith won.');
    expect(firstSentence('A 1.5 mi. track hosted it. More.')).toBe('A 1.5 mi. track hosted it.');
    expect(firstSentence('Heim led.')).toBe('Heim led.');
    expect(firstSentence('Heim led.  Then, two spaces on, he spun.')).toBe('Heim led.');
    expect(firstSentence('No stop here')).toBe('No stop here');
  });
});
