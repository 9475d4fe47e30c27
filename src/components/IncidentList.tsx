import { memo, useMemo, useState } from 'react';
import type { EventKind, Race, RaceEvent } from '../data/schema';
import { KIND_LANES } from '../timeline/lanes';
import { countEventsUpTo, driverName, incidentName } from '../data/race';
import { useApp, useAppStore } from '../state/StoreContext';
import { isPlainClick, useIncidentHref } from './useIncidentHref';
import './incidents.css';

/**
 * Every incident of the race as a link to its page, in lap order; in no-spoilers mode, only those
 * so far. A plain click selects in place; a middle click or "open in new tab" opens the page.
 */
export function IncidentList({ race }: { race: Race }) {
  const selected = useApp((s) => s.event);
  // The visible count changes only when the cursor crosses an event, so scrubbing between
  // events does not re-render the list.
  const visible = useApp((s) => (s.hideAhead ? countEventsUpTo(race, s.lap) : race.events.length));
  const selectEvent = useAppStore().getState().selectEvent;
  const hrefOf = useIncidentHref();
  const hidden = race.events.length - visible;
  const [driver, setDriver] = useState('');
  const [kind, setKind] = useState<EventKind | ''>('');
  // Drivers who appear in at least one incident, most involved first.
  const drivers = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of race.events) for (const d of e.drivers) counts.set(d, (counts.get(d) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => ({ id, n, name: driverName(race, id) }));
  }, [race]);
  const shown = race.events.slice(0, visible).filter((e) => (driver === '' || e.drivers.includes(driver)) && (kind === '' || e.kind === kind));
  return (
    <section className="panel incidents" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents</h2>
      <div className="filters">
        <label>
          <span>Driver</span>
          <select value={driver} onChange={(e) => setDriver(e.target.value)}>
            <option value="">All drivers</option>
            {drivers.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.n})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as EventKind | '')}>
            <option value="">All kinds</option>
            {KIND_LANES.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 && <p className="muted">No incident matches these filters{hidden > 0 ? ' so far' : ''}.</p>}
      <ol className="incident-list">
        {shown.map((event) => (
          <IncidentItem key={event.id} event={event} href={hrefOf(event)} selected={event.id === selected} onSelect={selectEvent} />
        ))}
      </ol>
      {hidden > 0 && (
        <p className="muted spoiler-note">
          {hidden} more incident{hidden === 1 ? '' : 's'} after this lap, hidden while spoilers are off.
        </p>
      )}
    </section>
  );
}

const IncidentItem = memo(function IncidentItem({
  event,
  href,
  selected,
  onSelect,
}: {
  event: RaceEvent;
  href: string;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <li>
      {/* The name starts with the lap (public contract); the visible text, in the same order
          (lap, title, certainty), is contained in it, as label-in-name (WCAG 2.5.3) asks. The
          selected incident is the page's own: aria-current, as a site's navigation marks it. */}
      <a
        href={href}
        className={`incident${selected ? ' incident--selected' : ''}`}
        data-kind={event.kind}
        aria-current={selected ? 'true' : undefined}
        aria-label={incidentName(event)}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          onSelect(event.id);
        }}
      >
        <span className="incident__lap">{event.lap}</span> <span className="incident__title">{event.title}</span>
        {event.certainty !== 'exact' && (
          <>
            {' '}
            <span className={`badge badge--${event.certainty}`}>{event.certainty}</span>
          </>
        )}
      </a>
    </li>
  );
});
