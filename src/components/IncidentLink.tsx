import type { RaceEvent } from '../data/schema';
import { useAppStore } from '../state/StoreContext';

/** A link-styled button that selects an incident; its name starts with the lap, like every incident button. */
export function IncidentLink({ event }: { event: RaceEvent }) {
  const store = useAppStore();
  return (
    <button type="button" className="link-button" onClick={() => store.getState().selectEvent(event.id)}>
      {`Lap ${event.lap}: ${event.title}`}
    </button>
  );
}
