import { eventById, spanText } from '../../data/race';
import type { Race } from '../../data/schema';
import { IncidentLink } from '../../ui/IncidentLink';
import { SourceList } from '../../ui/SourceList';
import { dedupeSources } from './TitleFight';

/** Every caution the record places, with the total kept true where some cannot be placed; then the overtimes. */
export function CautionList({ race, upToLap }: { race: Race; upToLap: number }) {
  const periods = (race.cautions?.periods ?? []).filter((c) => c.startLap <= upToLap);
  const overtimes = race.overtimes.filter((o) => o.startLap <= upToLap);
  const placedLaps = (race.cautions?.periods ?? []).reduce((sum, c) => sum + c.endLap - c.startLap + 1, 0);
  return (
    <section className="record-block" aria-labelledby="cautions-heading">
      <h3 id="cautions-heading">Cautions and overtimes</h3>
      {race.cautions ? (
        <p>
          <strong>
            {race.cautions.total} cautions{race.cautions.laps !== undefined && ` for ${race.cautions.laps} laps`}
          </strong>
          {'. '}
          {race.cautions.periods.length < race.cautions.total
            ? `The record places ${race.cautions.periods.length} of them; ${race.cautions.total - race.cautions.periods.length} cannot be placed on a lap.`
            : 'The record places all of them.'}
          {placedLaps < (race.cautions.laps ?? 0) &&
            ` The periods shown cover ${placedLaps} of the ${race.cautions.laps} caution laps: the record gives the total, not each caution's laps, so most ends are estimates, and the other ${race.cautions.laps! - placedLaps} laps fall in ends and cautions it does not place.`}
          {upToLap < race.lapsRun && ` Shown up to lap ${upToLap}.`}
        </p>
      ) : (
        <p className="muted">No public record found gives this race's cautions.</p>
      )}
      {periods.length > 0 && (
        <ol className="plain-list">
          {periods.map((c, i) => {
            const event = eventById(race, c.eventId);
            return (
              <li key={i}>
                <strong>
                  {c.number ? `Caution ${c.number}, ` : ''}{spanText(c.startLap, c.endLap)}
                </strong>{' '}
                <span className={`badge badge--${c.certainty}`}>{c.certainty}</span> {c.cause}
                {event && (
                  <>
                    {' '}
                    <IncidentLink event={event} />
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {race.cautions && <SourceList sources={dedupeSources([...race.cautions.sources, ...periods.flatMap((c) => c.sources)])} />}
      {overtimes.length > 0 && (
        <>
          <h4>Overtime</h4>
          <ol className="plain-list">
            {overtimes.map((o) => (
              <li key={o.number}>
                <strong>
                  Overtime {o.number}, {spanText(o.startLap, o.endLap)}
                </strong>{' '}
                <span className={`badge badge--${o.certainty}`}>{o.certainty}</span> {o.summary}
              </li>
            ))}
          </ol>
          <SourceList sources={dedupeSources(overtimes.flatMap((o) => o.sources))} />
        </>
      )}
    </section>
  );
}
