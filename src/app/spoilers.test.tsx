/**
 * No-spoilers mode, across the whole page: nothing that happens after the cursor appears anywhere
 * (text, accessible names, tooltips in title attributes), and what happened up to it does. Also
 * the journeys in and out of it: switching race opens the new race at its start, not its finish.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset } from '../data/bundledDataset';
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
