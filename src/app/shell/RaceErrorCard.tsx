import type { DataError } from '../../data/validate/errors';
import { describeDataError } from '../../data/validate/errors';
import { useRetryRace } from '../../state/StoreContext';

/**
 * Shown in place of a race that could not be shown; the other races keep working. Data that failed
 * its checks is explained as such; a file that could not be loaded (the network, a time limit, a web
 * page where the data should be) is said so, with Retry. The problems themselves, with the files and
 * lines they are in, are for whoever edits the data: listed in development only (`npm run dev`),
 * never shown to readers (a production build refuses data that fails its checks).
 */
export function RaceErrorCard({ raceId, errors, retryable = false }: { raceId: string; errors: readonly DataError[]; retryable?: boolean }) {
  const retryRace = useRetryRace();
  const shown = errors.slice(0, 12);
  return (
    <section className="panel error-card" role="alert" aria-labelledby="race-error-heading">
      <h2 id="race-error-heading">This race could not be loaded</h2>
      {retryable ? (
        <p>
          The data for <code>{raceId}</code> did not arrive. Other races are unaffected: pick one above, or try this one again.
        </p>
      ) : (
        <p>
          The data for <code>{raceId}</code> did not pass its checks, so it is not shown rather than shown wrong. Other races are
          unaffected: pick one above.
        </p>
      )}
      {/* In development only: a production build drops this (and describeDataError) altogether. */}
      {import.meta.env.DEV && shown.length > 0 && (
        <ul className="error-card__list" aria-label="The problems (shown in development only)">
          {shown.map((e, i) => (
            <li key={i}>
              <code>{describeDataError(e)}</code>
            </li>
          ))}
        </ul>
      )}
      {import.meta.env.DEV && errors.length > shown.length && <p className="muted">…and {errors.length - shown.length} more.</p>}
      {retryable && retryRace && (
        <button type="button" className="button" onClick={() => retryRace(raceId)}>
          Retry
        </button>
      )}
    </section>
  );
}
