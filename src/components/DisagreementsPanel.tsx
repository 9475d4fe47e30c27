import type { Race } from '../data/schema';
import { useAppStore } from '../state/StoreContext';
import { DisagreementNote } from './DisagreementNote';

/** Every point on which sources disagree in this race, each linked to its incident where it has one. */
export function DisagreementsPanel({ race }: { race: Race }) {
  const store = useAppStore();
  const disagreements = race.disagreements ?? [];
  if (disagreements.length === 0) return null;
  return (
    <section className="record-block" aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading">Where sources disagree ({disagreements.length})</h3>
      {disagreements.map((d) => {
        const event = d.eventId ? race.events.find((e) => e.id === d.eventId) : undefined;
        return (
          <div key={d.id}>
            <DisagreementNote disagreement={d} />
            {event && (
              <p className="disagreement__link">
                About:{' '}
                <button type="button" className="link-button" onClick={() => store.getState().selectEvent(event.id)}>
                  {`Lap ${event.lap}: ${event.title}`}
                </button>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
