import type { DataError } from '../data/errors';
import { formatDataError } from '../data/errors';

/** Shown in place of a race whose data failed its checks; the other races keep working. */
export function RaceErrorCard({ raceId, errors }: { raceId: string; errors: readonly DataError[] }) {
  const shown = errors.slice(0, 12);
  return (
    <section className="panel error-card" role="alert" aria-labelledby="race-error-heading">
      <h2 id="race-error-heading">This race could not be loaded</h2>
      <p>
        The data for <code>{raceId}</code> did not pass its checks, so it is not shown rather than shown wrong. Other races are
        unaffected: pick one above.
      </p>
      <ul className="error-card__list">
        {shown.map((e, i) => (
          <li key={i}>
            <code>{formatDataError(e)}</code>
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p className="muted">…and {errors.length - shown.length} more.</p>}
    </section>
  );
}
