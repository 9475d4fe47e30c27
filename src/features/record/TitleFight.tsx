import type { Disagreement, Race, RaceEvent, StandingsTable } from '../../data/schema';
import { driverName, eventById, spanText } from '../../data/race';
import { formatIsoDate } from '../../lib/dates';
import { capitalise } from '../../lib/text';
import { DisagreementNote } from '../../ui/DisagreementNote';
import { IncidentLink } from '../../ui/IncidentLink';
import { FollowedBadge } from '../../ui/FollowedBadge';
import { SourceList } from '../../ui/SourceList';

/** A span of laps with one contender ahead in the title fight. */
type Stretch = {
  from: number;
  to: number;
  /** False when the stretch goes on past `lastLap` (no spoilers): its note, which tells how it ended, is not shown. */
  complete: boolean;
  leader: string;
  certainty: string;
  note: string;
  event?: RaceEvent;
  disputed: boolean;
};

/** Turns "from lap N, X ahead" changes into stretches that cover the race, up to `lastLap`. */
export function titleStretches(race: Race, lastLap: number): Stretch[] {
  const spans = (race.titleFight ?? []).filter((s) => s.fromLap <= lastLap);
  const natural = (i: number) => (race.titleFight![i + 1]?.fromLap ?? race.lapsRun + 1) - 1;
  return spans.map((span, i) => ({
    from: span.fromLap,
    to: Math.min(lastLap, natural(i)),
    complete: natural(i) <= lastLap,
    leader: span.leader,
    certainty: span.certainty,
    note: span.note,
    event: eventById(race, span.eventId),
    disputed: (span.disagreements?.length ?? 0) > 0,
  }));
}

/**
 * The title fight through the race: which championship contender was ahead, and when that
 * changed; then the final points. Labels carry the names, so nothing relies on colour. The driver
 * followed (`follow`, a driver id) is marked where they were ahead and in the points.
 */
export function TitleFight({ race, upToLap, follow = null }: { race: Race; upToLap: number; follow?: string | null }) {
  if (!race.titleFight || race.titleFight.length === 0) return null;
  const stretches = titleStretches(race, upToLap);
  const name = (id: string) => driverName(race, id);
  const contenders = race.drivers.filter((d) => d.contender);
  const sources = race.titleFight.flatMap((t) => t.sources);
  // A dispute is shown with a stretch the cursor has seen to its end: it may speak of what came next.
  const shownSpans = race.titleFight.filter((_span, i) => (race.titleFight![i + 1]?.fromLap ?? race.lapsRun + 1) - 1 <= upToLap);
  const disputes = (race.disagreements ?? []).filter((d) => shownSpans.some((t) => t.disagreements?.includes(d.id)));
  const finished = upToLap >= race.lapsRun;
  return (
    <section className="record-block" aria-labelledby="title-fight-heading">
      <h3 id="title-fight-heading">Title fight</h3>
      <p className="muted">
        Championship contenders: {contenders.map((d) => d.name).join(', ')}. Who was ahead on points as they ran, lap by lap
        {upToLap < race.lapsRun ? ` (shown up to lap ${upToLap})` : ''}.
      </p>
      <div className="title-strip" aria-hidden="true">
        {stretches.map((s, i) => (
          <div
            key={i}
            className={`title-strip__part title-strip__part--${i % 4} title-strip__part--${s.certainty}${s.disputed ? ' title-strip__part--disputed' : ''}${s.leader === follow ? ' title-strip__part--followed' : ''}`}
            style={{ flexGrow: s.to - s.from + 1 }}
            title={`${capitalise(spanText(s.from, s.to))}: ${name(s.leader)} ahead (${s.certainty}${s.disputed ? ', disputed' : ''})`}
          >
            <span>
              {name(s.leader).split(' ').slice(-1)[0]}
              {s.disputed ? '?' : ''}
            </span>
          </div>
        ))}
        {upToLap < race.lapsRun && <div className="title-strip__hidden" style={{ flexGrow: race.lapsRun - upToLap }} />}
      </div>
      <ol className="title-changes">
        {stretches.map((s, i) => (
          <li key={i} className={s.leader === follow ? 'followed' : undefined}>
            <strong>
              {capitalise(spanText(s.from, s.to))}: {name(s.leader)}
            </strong>{' '}
            {s.leader === follow && <FollowedBadge />}
            <span className={`badge badge--${s.certainty}`}>{s.certainty}</span>
            {s.disputed && (
              <>
                {' '}
                <span className="badge badge--disagree">disputed</span>
              </>
            )}{' '}
            {s.complete && <span className="muted">{s.note}</span>}
            {s.event && (
              <>
                {' '}
                <IncidentLink event={s.event} />
              </>
            )}
          </li>
        ))}
      </ol>
      {disputes.map((d: Disagreement) => (
        <DisagreementNote key={d.id} disagreement={d} />
      ))}
      {race.championship && finished && <Standings race={race} tables={race.championship} name={name} follow={follow} />}
      <SourceList sources={dedupeSources(sources)} />
    </section>
  );
}

/**
 * The championship points as they stood at each moment, oldest first, each dated and sourced.
 * A later table says which ruling after the race produced it; the earlier one is kept, not replaced.
 */
function Standings({ race, tables, name, follow }: { race: Race; tables: readonly StandingsTable[]; name: (id: string) => string; follow: string | null }) {
  return (
    <>
      {tables.map((table, t) => {
        const ruling = table.changedBy !== undefined ? race.afterRace?.find((a) => a.id === table.changedBy) : undefined;
        const previous = tables[t - 1];
        const placeBefore = (driver: string) => (previous ? previous.standings.findIndex((s) => s.driver === driver) + 1 : 0);
        const current = t === tables.length - 1;
        return (
          <div key={table.label} className="standings-block">
            <table className="data-table standings">
              <caption>
                Championship points: {table.label}, <time dateTime={table.asOf}>{formatIsoDate(table.asOf)}</time>
                {current ? (tables.length > 1 ? ' (official)' : '') : ' (superseded)'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Place</th>
                  <th scope="col">Driver</th>
                  <th scope="col">Points</th>
                </tr>
              </thead>
              <tbody>
                {table.standings.map((s, i) => {
                  const before = placeBefore(s.driver);
                  return (
                    <tr key={s.driver} className={s.driver === follow ? 'followed' : undefined}>
                      <td>
                        {i + 1}
                        {before > 0 && before !== i + 1 && <span className="muted"> (was {before})</span>}
                      </td>
                      <td>
                        {name(s.driver)}
                        {s.driver === follow && (
                          <>
                            {' '}
                            <FollowedBadge />
                          </>
                        )}
                      </td>
                      <td>{s.points}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {ruling && (
              <p className="standings__change">
                Changed by: {ruling.title} (<time dateTime={ruling.date}>{formatIsoDate(ruling.date)}</time>).
              </p>
            )}
            <SourceList sources={table.sources} label="Source" />
          </div>
        );
      })}
    </>
  );
}

/** Removes repeated sources (same article or same address and note-less duplicates). */
export function dedupeSources<T extends { note?: string }>(sources: readonly T[]): T[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const { note: _note, ...rest } = s;
    const key = JSON.stringify(rest);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
