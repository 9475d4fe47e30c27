import type { Race } from '../../data/schema';
import { countText, driverName, lapsLedOf, spanText } from '../../data/race';
import { capitalise } from '../../lib/text';
import { FollowedBadge } from '../../ui/FollowedBadge';
import { SourceList } from '../../ui/SourceList';
import { dedupeSources } from './TitleFight';

/** Who led: laps led per driver as the record totals them, and the stretches it places; the driver followed is marked. */
export function LeadersPanel({ race, upToLap, follow = null }: { race: Race; upToLap: number; follow?: string | null }) {
  const name = (id: string) => driverName(race, id);
  const totals = [...(race.lapsLed ?? [])].sort((a, b) => b.laps - a.laps);
  const spans = (race.leaderSpans ?? []).filter((s) => s.startLap <= upToLap);
  if (totals.length === 0 && spans.length === 0) return null;
  const finished = upToLap >= race.lapsRun;
  const most = totals[0]?.laps ?? 1;
  return (
    <section className="record-block" aria-labelledby="leaders-heading">
      <h3 id="leaders-heading">Leaders</h3>
      {finished && totals.length > 0 && (
        <>
          <h4>Laps led</h4>
          <ul className="bars">
            {totals.map((t) => (
              <li key={t.driver} className={t.driver === follow ? 'followed' : undefined}>
                <span className="bars__label">
                  {name(t.driver)}
                  {t.driver === follow && (
                    <>
                      {' '}
                      <FollowedBadge />
                    </>
                  )}
                </span>
                <span className="bars__bar" style={{ width: `${(t.laps / most) * 100}%` }} aria-hidden="true" />
                <span className="bars__value">
                  {/* A count the sources dispute is shown with the other counts and marked, never flat. */}
                  {t.disagreements?.length ? (
                    <>
                      {countText(lapsLedOf(race, t.driver) ?? { laps: t.laps, otherCounts: [] })} <span className="badge badge--disagree">disputed</span>
                    </>
                  ) : (
                    t.laps
                  )}
                </span>
              </li>
            ))}
          </ul>
          <SourceList sources={dedupeSources(totals.flatMap((t) => t.sources))} />
        </>
      )}
      {spans.length > 0 && (
        <>
          <h4>Who led when</h4>
          <ol className="plain-list">
            {spans.map((s, i) => (
              <li key={i} className={s.driver === follow ? 'followed' : undefined}>
                <strong>
                  {capitalise(spanText(s.startLap, Math.min(s.endLap, upToLap)))}: {name(s.driver)}
                </strong>{' '}
                {s.driver === follow && <FollowedBadge />}
                <span className={`badge badge--${s.certainty}`}>{s.certainty}</span>
                {/* A span the cursor is still inside (no spoilers): its note may tell how it ends. */}
                {s.note && s.endLap <= upToLap && <span className="muted"> {s.note}</span>}
              </li>
            ))}
          </ol>
          <SourceList sources={dedupeSources(spans.flatMap((s) => s.sources))} />
        </>
      )}
    </section>
  );
}
