import type { Race, RaceEvent } from '../data/schema';
import { driverName, eventById, spanText } from '../data/race';
import { capitalise } from '../lib/text';
import { IncidentLink } from './IncidentLink';
import { SourceList } from './SourceList';

/** A span of laps with one contender ahead in the title fight. */
type Stretch = { from: number; to: number; leader: string; certainty: string; note: string; event?: RaceEvent };

/** Turns "from lap N, X ahead" changes into stretches that cover the race, up to `lastLap`. */
export function titleStretches(race: Race, lastLap: number): Stretch[] {
  const spans = (race.titleFight ?? []).filter((s) => s.fromLap <= lastLap);
  return spans.map((span, i) => ({
    from: span.fromLap,
    to: Math.min(lastLap, (spans[i + 1]?.fromLap ?? race.lapsRun + 1) - 1),
    leader: span.leader,
    certainty: span.certainty,
    note: span.note,
    event: eventById(race, span.eventId),
  }));
}

/**
 * The title fight through the race: which championship contender was ahead, and when that
 * changed; then the final points. Labels carry the names, so nothing relies on colour.
 */
export function TitleFight({ race, upToLap }: { race: Race; upToLap: number }) {
  if (!race.titleFight || race.titleFight.length === 0) return null;
  const stretches = titleStretches(race, upToLap);
  const name = (id: string) => driverName(race, id);
  const contenders = race.drivers.filter((d) => d.contender);
  const sources = race.titleFight.flatMap((t) => t.sources);
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
            className={`title-strip__part title-strip__part--${i % 4} title-strip__part--${s.certainty}`}
            style={{ flexGrow: s.to - s.from + 1 }}
            title={`${capitalise(spanText(s.from, s.to))}: ${name(s.leader)} ahead (${s.certainty})`}
          >
            <span>{name(s.leader).split(' ').slice(-1)[0]}</span>
          </div>
        ))}
        {upToLap < race.lapsRun && <div className="title-strip__hidden" style={{ flexGrow: race.lapsRun - upToLap }} />}
      </div>
      <ol className="title-changes">
        {stretches.map((s, i) => (
          <li key={i}>
            <strong>
              {capitalise(spanText(s.from, s.to))}: {name(s.leader)}
            </strong>{' '}
            <span className={`badge badge--${s.certainty}`}>{s.certainty}</span> <span className="muted">{s.note}</span>
            {s.event && (
              <>
                {' '}
                <IncidentLink event={s.event} />
              </>
            )}
          </li>
        ))}
      </ol>
      {race.championship && upToLap >= race.lapsRun && (
        <table className="data-table standings">
          <caption>Final championship points</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Driver</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {race.championship.standings.map((s, i) => (
              <tr key={s.driver}>
                <td>{i + 1}</td>
                <td>{name(s.driver)}</td>
                <td>{s.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SourceList sources={dedupeSources([...sources, ...(race.championship?.sources ?? [])])} />
    </section>
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
