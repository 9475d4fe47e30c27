import { lapReached } from '../../data/spoilers';
import { memo, useState } from 'react';
import type { EventKind, Race, RaceEvent } from '../../data/schema';
import { KIND_LANES } from '../../timeline/lanes';
import { FOLLOWED_NOTE_ID } from '../../timeline/marks';
import { countEventsUpTo, driverById, incidentName } from '../../data/race';
import { useApp, useAppStore } from '../../state/StoreContext';
import { isPlainClick, useIncidentHref } from '../../ui/useIncidentHref';
import './incidents.css';

/**
 * Every incident of the race as a link to its page, in lap order; in no-spoilers mode, only those
 * so far. A plain click selects in place; a middle click or "open in new tab" opens the page.
 * Following a driver stars their incidents (described in words too) and offers to list only those.
 */
export function IncidentList({ race }: { race: Race }) {
  const selected = useApp((s) => s.event);
  // The visible count changes only when the cursor crosses an event, so scrubbing between
  // events does not re-render the list.
  const visible = useApp((s) => countEventsUpTo(race, lapReached(s, race)));
  const selectEvent = useAppStore().getState().selectEvent;
  const hrefOf = useIncidentHref();
  const hidden = race.events.length - visible;
  const follow = useApp((s) => s.follow);
  const followed = follow === null ? undefined : driverById(race, follow);
  // "Only theirs" is the list's own choice (not in the link); it applies while a driver is followed.
  const [onlyFollowed, setOnlyFollowed] = useState(false);
  const only = followed !== undefined && onlyFollowed;
  const [kind, setKind] = useState<EventKind | ''>('');
  const shown = race.events.slice(0, visible).filter((e) => (!only || e.drivers.includes(followed.id)) && (kind === '' || e.kind === kind));
  return (
    <section className="panel incidents" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents</h2>
      <div className="filters">
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
        {followed && (
          <label className="toggle filters__only">
            <input type="checkbox" checked={onlyFollowed} onChange={(e) => setOnlyFollowed(e.target.checked)} />
            Only {followed.name}’s
          </label>
        )}
      </div>
      {shown.length === 0 && <p className="muted">No incident matches these filters{hidden > 0 ? ' so far' : ''}.</p>}
      <ol className="incident-list">
        {shown.map((event) => (
          <IncidentItem
            key={event.id}
            event={event}
            href={hrefOf(event)}
            selected={event.id === selected}
            followed={followed === undefined ? null : event.drivers.includes(followed.id)}
            onSelect={selectEvent}
          />
        ))}
      </ol>
      {hidden > 0 && (
        <p className="muted spoiler-note">
          {/* Not how many: a count of what is still to come is a spoiler too (a late flurry of crashes). */}
          What happens after this lap is hidden while spoilers are off.
        </p>
      )}
    </section>
  );
}

const IncidentItem = memo(function IncidentItem({
  event,
  href,
  selected,
  followed,
  onSelect,
}: {
  event: RaceEvent;
  href: string;
  selected: boolean;
  /** With the driver followed (true), without them (false), or nobody is followed (null). */
  followed: boolean | null;
  onSelect: (id: string) => void;
}) {
  const follow = followed === true ? ' incident--followed' : followed === false ? ' incident--dimmed' : '';
  return (
    <li>
      {/* The name starts with the lap (public contract); the visible text, in the same order
          (lap, title, certainty), is contained in it, as label-in-name (WCAG 2.5.3) asks. The
          selected incident is the page's own: aria-current, as a site's navigation marks it. The
          star of a followed driver's incident is drawn by CSS and told by the description. */}
      <a
        href={href}
        className={`incident${selected ? ' incident--selected' : ''}${follow}`}
        data-kind={event.kind}
        aria-current={selected ? 'true' : undefined}
        aria-label={incidentName(event)}
        aria-describedby={followed === true ? FOLLOWED_NOTE_ID : undefined}
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
