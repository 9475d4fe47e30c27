import type { Race } from '../data/schema';
import { neighbourEvent } from '../data/race';
import { useApp, useAppStore } from '../state/StoreContext';
import { StayFocusedButton } from './StayFocusedButton';

/** "Previous incident" / "Next incident": step through the incidents in lap order. */
export function IncidentStepper({ race }: { race: Race }) {
  const eventId = useApp((s) => s.event);
  const lap = useApp((s) => s.lap);
  const store = useAppStore();
  const previous = neighbourEvent(race, { eventId, lap }, -1);
  const next = neighbourEvent(race, { eventId, lap }, 1);
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
