import type { RaceEvent } from '../data/schema';
import { useAppStore } from '../state/StoreContext';
import { isPlainClick, useIncidentHref } from './useIncidentHref';

/** A link to an incident's page, selecting it in place on a plain click; its name starts with the lap, like every incident's. */
export function IncidentLink({ event }: { event: RaceEvent }) {
  const store = useAppStore();
  const hrefOf = useIncidentHref();
  return (
    <a
      href={hrefOf(event)}
      className="incident-link"
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        store.getState().selectEvent(event.id);
      }}
    >
      {`Lap ${event.lap}: ${event.title}`}
    </a>
  );
}
