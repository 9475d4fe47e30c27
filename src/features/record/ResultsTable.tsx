import { useMemo, useState } from 'react';
import type { Race, Result } from '../../data/schema';
import { countText, driverById, driverName, eventById, lapsLedOf } from '../../data/race';
import { FollowedBadge } from '../../ui/FollowedBadge';
import { IncidentLink } from '../../ui/IncidentLink';
import { SourceItem, SourceList } from '../../ui/SourceList';

type Column = 'position' | 'driver' | 'car' | 'start' | 'laps' | 'status' | 'lapsLed' | 'points';
const COLUMNS: { key: Column; label: string; numeric: boolean }[] = [
  { key: 'position', label: 'Pos', numeric: true },
  { key: 'driver', label: 'Driver', numeric: false },
  { key: 'car', label: 'Car', numeric: true },
  { key: 'start', label: 'Start', numeric: true },
  { key: 'laps', label: 'Laps', numeric: true },
  { key: 'status', label: 'Status', numeric: false },
  { key: 'lapsLed', label: 'Led', numeric: true },
  { key: 'points', label: 'Points', numeric: true },
];

/** The value a row sorts by in a column; undefined where the record has none. */
function cellValue(race: Race, r: Result, key: Column): string | number | undefined {
  if (key === 'driver') return driverName(race, r.driver);
  if (key === 'car') {
    const car = driverById(race, r.driver)?.car;
    return car === undefined ? undefined : Number(car);
  }
  return r[key];
}

/** The finishing order, sortable by any column, linking each retirement to the incident that caused it; the driver followed is marked. */
export function ResultsTable({ race, follow = null }: { race: Race; follow?: string | null }) {
  const [sort, setSort] = useState<{ key: Column; descending: boolean }>({ key: 'position', descending: false });
  const sorted = useMemo(() => {
    const rows = [...(race.results ?? [])];
    rows.sort((a, b) => {
      const x = cellValue(race, a, sort.key);
      const y = cellValue(race, b, sort.key);
      // Unknown values sort last whichever the direction: a gap in the record is not a zero.
      if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? a.position - b.position : 1) : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (sort.descending ? -order : order) || a.position - b.position;
    });
    return rows;
  }, [sort, race]);
  const results = race.results ?? [];
  if (results.length === 0) return null;
  const complete = results.length === results[results.length - 1]?.position;
  return (
    <section className="record-block" aria-labelledby="results-heading">
      <h3 id="results-heading">Finishing order</h3>
      {!complete && <p className="muted">Only the positions the record gives are listed; the rest are not known.</p>}
      <div className="table-scroll">
        <table className="data-table results">
          <caption className="visually-hidden">Finishing order of the {race.name}; select a column heading to sort.</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined} className={c.numeric ? 'num' : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : false }))}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Out in</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const driver = driverById(race, r.driver);
              const out = eventById(race, r.outEventId);
              // A count the sources dispute is shown with the other counts and marked, never flat.
              const led = lapsLedOf(race, r.driver);
              const disputedLed = led && led.otherCounts.length > 0 && led.laps === r.lapsLed ? led : undefined;
              return (
                <tr key={r.driver} className={[driver?.contender && 'contender', r.driver === follow && 'followed'].filter(Boolean).join(' ') || undefined}>
                  <td className="num">{r.position}</td>
                  <th scope="row">
                    {driverName(race, r.driver)}
                    {driver?.contender && <span className="badge badge--contender">title contender</span>}
                    {r.driver === follow && (
                      <>
                        {' '}
                        <FollowedBadge />
                      </>
                    )}
                    {r.sources?.map((s, i) => (
                      <span key={i} className="row-source">
                        {' '}
                        (<SourceItem source={s} brief />)
                      </span>
                    ))}
                  </th>
                  <td className="num">{driver?.car ?? '—'}</td>
                  <td className="num">{r.start ?? '—'}</td>
                  <td className="num">{r.laps ?? '—'}</td>
                  <td>{r.status ?? '—'}</td>
                  <td className="num">
                    {disputedLed ? (
                      <>
                        {countText(disputedLed)} <span className="badge badge--disagree">disputed</span>
                      </>
                    ) : (
                      (r.lapsLed ?? '—')
                    )}
                  </td>
                  <td className="num">{r.points ?? '—'}</td>
                  <td>
                    {out && <IncidentLink event={out} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {race.resultsSources && <SourceList sources={race.resultsSources} />}
    </section>
  );
}
