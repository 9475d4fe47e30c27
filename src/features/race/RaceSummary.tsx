import type { Race } from '../../data/schema';
import { driverName } from '../../data/race';
import { cautionsReached, isAhead, outcomeHidden, overtimesReached } from '../../data/spoilers';
import { useApp } from '../../state/StoreContext';
import { SourceList } from '../../ui/SourceList';

const dateFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The race at a glance: when, where, how long, stages, cautions, winner and champion. */
export function RaceSummary({ race }: { race: Race }) {
  const name = (id: string | undefined) => (id ? driverName(race, id) : '—');
  // In no-spoilers mode the outcome (the winner, how long the race ran, every total, the key numbers)
  // stays hidden until the cursor reaches the finish; what the cursor has passed is counted so far.
  const spoilersHidden = useApp((s) => outcomeHidden(s, race));
  // Only while hidden does the cursor matter here (a count so far); otherwise scrubbing never re-renders it.
  const reach = useApp((s) => (outcomeHidden(s, race) ? s.lap : race.lapsRun));
  const outcome = (id: string | undefined) => (spoilersHidden ? <span className="muted">hidden (no spoilers)</span> : name(id));
  const placed = race.cautions?.periods.length ?? 0;
  const upTo = { hideAhead: spoilersHidden, lap: reach };
  const overtimesSoFar = overtimesReached(race, upTo).length;
  const cautionsSoFar = cautionsReached(race, upTo).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="summary__title" tabIndex={-1}>
        {race.name}
      </h2>
      <p className="summary__meta">
        <time dateTime={race.date}>{dateFormat.format(new Date(`${race.date}T00:00:00Z`))}</time> · {race.track.name}, {race.track.location}
        {race.track.lengthMiles !== undefined && ` · ${race.track.lengthMiles} mi`}
      </p>
      {/* On a phone the stats below give way to this one line, so the timeline fits the first screen. */}
      <p className="summary__line">
        {spoilersHidden
          ? `${race.scheduledLaps} laps scheduled · ${plural(overtimesSoFar, 'overtime')} by lap ${reach}`
          : `${race.lapsRun} laps (${race.scheduledLaps} scheduled) · ${plural(race.overtimes.length, 'overtime')}`}{' '}
        · Winner{' '}
        {outcome(race.winner)}
        {race.champion && <> · Champion {outcome(race.champion)}</>}
      </p>
      <dl className="stats">
        <div>
          <dt>Laps</dt>
          <dd>
            {spoilersHidden ? (
              <>
                {race.scheduledLaps} scheduled <span className="muted">(laps run hidden: no spoilers)</span>
              </>
            ) : (
              <>
                {race.lapsRun} run <span className="muted">of {race.scheduledLaps} scheduled</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Overtimes</dt>
          <dd>{spoilersHidden ? <>{overtimesSoFar} <span className="muted">by lap {reach}</span></> : race.overtimes.length}</dd>
        </div>
        <div>
          <dt>Cautions</dt>
          <dd>
            {spoilersHidden ? (
              <>
                {cautionsSoFar} <span className="muted">placed on the timeline by lap {reach} (totals hidden: no spoilers)</span>
              </>
            ) : race.cautions ? (
              <>
                {race.cautions.total}
                {race.cautions.laps !== undefined && ` for ${race.cautions.laps} laps`}
                <span className="muted"> ({placed} placed on the timeline)</span>
              </>
            ) : (
              <span className="muted">not in the record</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Winner</dt>
          <dd>{outcome(race.winner)}</dd>
        </div>
        {race.champion && (
          <div>
            <dt>Champion</dt>
            <dd>{outcome(race.champion)}</dd>
          </div>
        )}
        <div className="stats__stages">
          <dt>Stages</dt>
          <dd>
            {race.stages.map((s, i) => (
              <span key={s.number} className="stage-chip">
                {i === race.stages.length - 1 ? 'Final' : `S${s.number}`} to lap {s.endLap}
                {s.winner && !isAhead(upTo, s.endLap) && ` · ${name(s.winner)}`}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {race.keyFacts && race.keyFacts.length > 0 && spoilersHidden && (
        <p className="key-facts muted">Key numbers and their sources: hidden until the finish, since they tell the result (no spoilers).</p>
      )}
      {race.keyFacts && race.keyFacts.length > 0 && !spoilersHidden && (
        <details className="key-facts">
          <summary>Key numbers and their sources</summary>
          <dl>
            {race.stages.map((stage, i) => (
              <div key={`stage-${stage.number}`}>
                <dt>{i === race.stages.length - 1 ? 'Final stage' : `Stage ${stage.number}`}</dt>
                <dd>
                  Ends on lap {stage.endLap}
                  {stage.winner && `; won by ${name(stage.winner)}`}
                  <SourceList sources={stage.sources} label="Source" />
                </dd>
              </div>
            ))}
            {race.keyFacts.map((f, i) => (
              <div key={i}>
                <dt>{f.label}</dt>
                <dd>
                  {f.value}
                  <SourceList sources={f.sources} label="Source" />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
