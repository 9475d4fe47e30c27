import type { Race } from '../data/schema';
import { raceShortName } from '../data/race';
import { COMPARE_SEGMENT } from '../data/reserved';
import { NOT_FOUND_WHAT_ID } from './notFound';

const dateFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The 404 page's content (rendered by the build into dist/404.html, never hydrated): what was not
 * found, and the way on, to every race and every comparison. Its links are absolute paths from the
 * site root, since a host serves this page at whatever depth the missing address had.
 */
export function NotFoundPage({ races, root }: { races: readonly Race[]; root: string }) {
  const pairs = races.flatMap((a, i) => races.slice(i + 1).map((b) => [a, b] as const));
  return (
    <div className="app">
      <header className="masthead">
        <div className="masthead__brand">
          <h1>
            <a className="masthead__home" href={root}>
              Lapline
            </a>
          </h1>
          <p className="masthead__tagline">Relive a race lap by lap, and read what the drivers said.</p>
        </div>
      </header>
      <main className="main">
        <section className="panel not-found" aria-labelledby="not-found-heading">
          <h2 id="not-found-heading">Page not found</h2>
          {/* app/notFound.ts puts the address in, as text, once the page's script runs. */}
          <p id={NOT_FOUND_WHAT_ID}>This address is not a page of Lapline: it may be mistyped, or it may have been cut short when it was shared.</p>
          <p>Where to go from here:</p>
          <ul className="not-found__ways">
            {races.map((race) => (
              <li key={race.id}>
                <a href={`${root}${race.id}/`}>{race.name}</a> ({race.track.name}, {dateFormat.format(new Date(race.date))})
              </li>
            ))}
            {pairs.map(([a, b]) => (
              <li key={`${a.id}-${b.id}`}>
                <a href={`${root}${COMPARE_SEGMENT}/${a.id}/${b.id}/`}>
                  {raceShortName(a)} and {raceShortName(b)}, side by side
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
