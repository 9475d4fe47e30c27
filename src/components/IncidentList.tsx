import { memo } from 'react';
import type { Race, RaceEvent } from '../data/schema';
import { countEventsUpTo, incidentName } from '../state/selectors';
import { useApp, useAppStore } from '../state/StoreContext';

/** Every incident of the race as a button, in lap order; in no-spoilers mode, only those so far. */
export function IncidentList({ race }: { race: Race }) {
  const selected = useApp((s) => s.event);
  // The visible count changes only when the cursor crosses an event, so scrubbing between
  // events does not re-render the list.
  const visible = useApp((s) => (s.hideAhead ? countEventsUpTo(race, s.lap) : race.events.length));
  const selectEvent = useAppStore().getState().selectEvent;
  const hidden = race.events.length - visible;
  return (
    <section className="panel incidents" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents</h2>
      <ol className="incident-list">
        {race.events.slice(0, visible).map((event) => (
          <IncidentItem key={event.id} event={event} selected={event.id === selected} onSelect={selectEvent} />
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

const IncidentItem = memo(function IncidentItem({ event, selected, onSelect }: { event: RaceEvent; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <li>
      <button
        type="button"
        className={`incident incident--${event.kind}${selected ? ' incident--selected' : ''}`}
        aria-pressed={selected}
        aria-label={incidentName(event)}
        onClick={() => onSelect(event.id)}
      >
        <span className="incident__lap">
          {event.certainty === 'exact' ? '' : '~'}
          {event.lap}
        </span>
        <span className="incident__title">{event.title}</span>
        {event.certainty !== 'exact' && <span className={`badge badge--${event.certainty}`}>{event.certainty}</span>}
      </button>
    </li>
  );
});
