/**
 * No-spoilers mode, across the whole page: nothing that happens after the cursor appears anywhere
 * (text, accessible names, tooltips in title attributes), and what happened up to it does. Also
 * the journeys in and out of it: switching race opens the new race at its start, not its finish.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset } from '../data/load/bundledDataset';
import { renderApp } from './testing';

/**
 * Everything a reader can read or hear on the page: its text, accessible names and tooltips.
 * The titles of the three articles are taken out: every source list names the articles it cites
 * whatever the lap, and one of those titles contains an incident's title ("Hocevar spins Heim at
 * Phoenix; …"), which would make any check for that incident meaningless.
 */
function pageText(): string {
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) =>
    ['aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  const text = [document.body.textContent ?? '', ...attributes].join('\n');
  return [...dataset.articles.values()].reduce((rest, article) => rest.split(article.title).join('[article]'), text);
}

/** The facts of a race that happen after `lap`, each as a text that only it puts on the page. */
function factsAfter(raceId: string, lap: number): string[] {
  const race = dataset.races.get(raceId)!;
  return [
    ...race.events.filter((e) => e.lap > lap).flatMap((e) => [e.title, e.description]),
    ...(race.cautions?.periods ?? []).filter((c) => c.startLap > lap).map((c) => c.cause),
    ...race.overtimes.filter((o) => o.startLap > lap).map((o) => o.summary),
    ...(race.titleFight ?? []).filter((t) => t.fromLap > lap).map((t) => t.note),
    ...(race.leaderSpans ?? []).filter((s) => s.startLap > lap).flatMap((s) => (s.note ? [s.note] : [])),
    // After the flag: rulings, the finishing order, the sources' disagreements.
    ...(race.afterRace ?? []).flatMap((a) => [a.title, a.description]),
    ...(race.disagreements ?? []).filter((d) => d.eventId === undefined || race.events.find((e) => e.id === d.eventId)!.lap > lap).map((d) => d.topic),
  ];
}

/** The facts of a race up to `lap` that the page shows by default (the incidents so far, in the list). */
function eventsUpTo(raceId: string, lap: number) {
  return dataset.races.get(raceId)!.events.filter((e) => e.lap <= lap);
}

describe('No-spoilers mode', () => {
  it.each([
    ['phoenix-2023', 1],
    ['phoenix-2023', 100],
    ['phoenix-2023', 150],
    ['roval-2025', 30],
    ['roval-2025', 69],
  ])('in %s at lap %i, shows nothing that happens later, anywhere on the page', async (raceId, lap) => {
    await renderApp(`?race=${raceId}&lap=${lap}&spoilers=hide`);
    const text = pageText();
    const leaks = factsAfter(raceId, lap).filter((fact) => text.includes(fact));
    expect(leaks).toEqual([]);
    // The outcome and the finishing order wait for the finish.
    expect(screen.queryByRole('heading', { name: 'Finishing order' })).not.toBeInTheDocument();
    const summary = within(screen.getByRole('region', { name: dataset.races.get(raceId)!.name }));
    expect(summary.getByText('Winner').nextElementSibling).toHaveTextContent('hidden (no spoilers)');
    // ...while every incident so far is listed, in lap order, and nothing after it.
    const listed = within(screen.getByRole('region', { name: 'Incidents' })).getAllByRole('link').map((b) => b.getAttribute('aria-label'));
    expect(listed.map((name) => name!.replace(/^Lap (\d+): .*/, '$1')).map(Number)).toEqual(eventsUpTo(raceId, lap).map((e) => e.lap));
  });

  it('shows everything once the cursor reaches the finish', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=178&spoilers=hide');
    const slider = screen.getByRole('slider', { name: 'Lap' });
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveValue('179');
    const text = pageText();
    for (const title of dataset.races.get('phoenix-2023')!.events.map((e) => e.title)) expect(text).toContain(title);
    expect(screen.getByRole('heading', { name: 'Finishing order' })).toBeInTheDocument();
    expect(screen.getByText('Winner').nextElementSibling).toHaveTextContent('Christian Eckes');
  });

  it('opens another race at its first lap, never at its finish', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=100&spoilers=hide');
    const races = within(screen.getByRole('navigation', { name: 'Races' }));
    // The link itself says lap 1, so opening it in a new tab does not spoil either.
    expect(races.getByRole('link', { name: /Roval/ })).toHaveAttribute('href', '/roval-2025/no-spoilers/');
    await user.click(races.getByRole('link', { name: /Roval/ }));
    expect(store.getState()).toMatchObject({ race: 'roval-2025', lap: 1, hideAhead: true, event: null });
    expect(screen.getByRole('slider', { name: 'Lap' })).toHaveValue('1');
    expect(factsAfter('roval-2025', 1).filter((fact) => pageText().includes(fact))).toEqual([]);
    // And back: Phoenix opens at lap 1 too, not where it was left.
    await user.click(races.getByRole('link', { name: /Phoenix/ }));
    expect(store.getState()).toMatchObject({ race: 'phoenix-2023', lap: 1 });
  });

  it('with spoilers shown, opens another race at its finish', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp('?race=phoenix-2023&lap=100');
    const races = within(screen.getByRole('navigation', { name: 'Races' }));
    expect(races.getByRole('link', { name: /Roval/ })).toHaveAttribute('href', '/roval-2025/');
    await user.click(races.getByRole('link', { name: /Roval/ }));
    expect(store.getState()).toMatchObject({ race: 'roval-2025', lap: 70, hideAhead: false });
  });
});

/** Every source a race cites, wherever in its file (incidents, spans, stages, key numbers, the record). */
function sourcesOf(value: unknown): { record?: string; article?: string; note?: string }[] {
  if (Array.isArray(value)) return value.flatMap(sourcesOf);
  if (value === null || typeof value !== 'object') return [];
  const own = 'record' in value || 'article' in value ? [value as { record?: string; article?: string; note?: string }] : [];
  return [...own, ...Object.values(value).flatMap(sourcesOf)];
}

/** Words that tell how a race or a season ended (a winner, a title, a record, a ruling, the overtimes). */
const RESULT_WORDS = /\b(wins?|won|title|champion\w*|record\w*|penali[sz]\w*|overtimes?|claims)\b/i;

/** The whole page as read, articles' titles included (pageText takes them out). */
function fullText(): string {
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) => ['aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''));
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

describe('No-spoilers mode: what tells the result without being an incident (QA 1, QA 2)', () => {
  it.each([
    ['roval-2025', 10],
    ['phoenix-2023', 60],
  ])('in %s at lap %i, the key numbers are folded away: none of their values, no stage winner to come', async (raceId, lap) => {
    await renderApp(`?race=${raceId}&lap=${lap}&spoilers=hide`);
    const race = dataset.races.get(raceId)!;
    const text = fullText();
    // A value long enough to be said only there ("Corey Heim", the pole, is named elsewhere anyway).
    const values = race.keyFacts!.map((f) => f.value).filter((v) => v.length >= 20);
    expect(values.length).toBeGreaterThan(2);
    expect(values.filter((v) => text.includes(v))).toEqual([]);
    expect(screen.queryByText('Key numbers and their sources', { selector: 'summary' })).not.toBeInTheDocument();
    expect(screen.getByText(/^Key numbers and their sources: hidden until the finish/)).toBeInTheDocument();
    const later = race.stages.filter((s) => s.winner && s.endLap > lap).map((s) => `won by ${race.drivers.find((d) => d.id === s.winner)!.name}`);
    for (const said of later) expect(text).not.toContain(said);
  });

  it('at the finish the key numbers are there again, with every value', async () => {
    const user = userEvent.setup();
    await renderApp('?race=roval-2025&lap=70&spoilers=hide');
    await user.click(screen.getByText('Key numbers and their sources', { selector: 'summary' }));
    const text = fullText();
    for (const fact of dataset.races.get('roval-2025')!.keyFacts!) expect(text).toContain(fact.value);
  });

  it.each([
    ['phoenix-2023', 'heim-on-pole', 1],
    ['phoenix-2023', 'majeski-wins-stage-1', 45],
    ['roval-2025', null, 10],
    ['phoenix-2023', null, 60],
  ])('in %s (%s) at lap %i, no source title, article title, source note or later remark tells the result', async (raceId, event, lap) => {
    await renderApp(`?race=${raceId}&lap=${lap}${event ? `&event=${event}` : ''}&spoilers=hide`);
    const race = dataset.races.get(raceId)!;
    if (event) expect(screen.getByRole('heading', { name: race.events.find((e) => e.id === event)!.title })).toBeInTheDocument();
    const sources = sourcesOf(race);
    const telling = [
      ...sources.flatMap((s) => [s.record, s.note]),
      ...sources.flatMap((s) => (s.article ? [dataset.articles.get(s.article)?.title] : [])),
      ...(race.leaderSpans ?? []).filter((s) => s.startLap <= lap && s.endLap > lap).map((s) => s.note),
    ].filter((t): t is string => t !== undefined && RESULT_WORDS.test(t));
    // The check has something to find: the file does cite sources that tell the ending.
    expect(telling.length).toBeGreaterThan(3);
    const text = fullText();
    expect([...new Set(telling)].filter((t) => text.includes(t))).toEqual([]);
    const laterQuotes = dataset.quotes.filter((q) => q.events.some((about) => about.race === raceId && race.events.find((e) => e.id === about.event)!.lap > lap));
    expect(laterQuotes.filter((q) => text.includes(q.text))).toEqual([]);
  });
});

describe('No-spoilers mode: the race length and its totals (QA 11)', () => {
  /** The value beside a term of the race summary's figures (the first: the key numbers, at the finish, have terms of their own). */
  const stat = (raceId: string, term: string) =>
    within(screen.getByRole('region', { name: dataset.races.get(raceId)!.name })).getAllByText(term, { selector: 'dt' })[0]!.nextElementSibling!;

  it('the summary gives the scheduled distance and counts only what the cursor has passed: no laps run, overtimes or caution totals', async () => {
    await renderApp('?race=phoenix-2023&lap=60&spoilers=hide');
    expect(stat('phoenix-2023', 'Laps')).toHaveTextContent(/^150 scheduled/);
    expect(stat('phoenix-2023', 'Laps')).not.toHaveTextContent(/179|run of/);
    expect(stat('phoenix-2023', 'Overtimes')).toHaveTextContent(/^0 by lap 60$/);
    expect(stat('phoenix-2023', 'Cautions')).toHaveTextContent(/^2 placed on the timeline by lap 60/);
    expect(stat('phoenix-2023', 'Cautions')).not.toHaveTextContent(/\b12\b|77 laps/);
    const summary = screen.getByRole('region', { name: dataset.races.get('phoenix-2023')!.name });
    expect(summary).not.toHaveTextContent(/\b179\b|\b4 overtimes\b|for 77 laps/);
  });

  it('the slider ends at the scheduled distance, then a lap past the cursor, and speaks no laps run (QA 11: the thumb’s place would tell a 179-lap race)', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=60&spoilers=hide');
    const slider = screen.getByRole('slider', { name: 'Lap' });
    expect(slider).toHaveAttribute('max', '150');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Lap 60, /);
    const label = (slider as HTMLInputElement).labels![0]!;
    expect(label).toHaveTextContent(/^Lap 60$/);
    await user.click(slider);
    await user.keyboard('{End}');
    expect(slider).toHaveValue('150');
    await user.keyboard('{ArrowRight}');
    // Past the scheduled distance, the end moves on with the cursor, one lap at a time.
    expect(slider).toHaveValue('151');
    expect(slider).toHaveAttribute('max', '152');
    expect(slider.getAttribute('aria-valuetext')).not.toMatch(/179/);
  });

  it('at the finish the summary gives the laps run, the overtimes and the caution totals', async () => {
    await renderApp('?race=phoenix-2023&lap=179&spoilers=hide');
    expect(stat('phoenix-2023', 'Laps')).toHaveTextContent(/^179 run of 150 scheduled$/);
    expect(stat('phoenix-2023', 'Overtimes')).toHaveTextContent(/^4$/);
    expect(stat('phoenix-2023', 'Cautions')).toHaveTextContent(/^12 for 77 laps/);
  });
});
