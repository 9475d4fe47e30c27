import type { Race } from '../../data/schema';
import { eventById, neighbourEvent } from '../../data/race';
import { useApp, useAppStore } from '../../state/StoreContext';
import { StayFocusedButton } from '../../ui/StayFocusedButton';

/** "Previous incident" / "Next incident": step through the incidents in lap order. */
export function IncidentStepper({ race }: { race: Race }) {
  // The neighbours' ids, not the lap: scrubbing re-renders the buttons only when a neighbour changes.
  const previousId = useApp((s) => neighbourEvent(race, { eventId: s.event, lap: s.lap }, -1)?.id ?? null);
  const nextId = useApp((s) => neighbourEvent(race, { eventId: s.event, lap: s.lap }, 1)?.id ?? null);
  const store = useAppStore();
  const previous = eventById(race, previousId);
  const next = eventById(race, nextId);
  return (
    <div className="stepper" role="group" aria-label="Step through incidents">
      <StayFocusedButton className="button" available={!!previous} onClick={() => previous && store.getState().selectEvent(previous.id)}>
        <span aria-hidden="true">←</span> Previous incident
      </StayFocusedButton>
      <StayFocusedButton className="button" available={!!next} onClick={() => next && store.getState().selectEvent(next.id)}>
        Next incident <span aria-hidden="true">→</span>
      </StayFocusedButton>
    </div>
  );
}
