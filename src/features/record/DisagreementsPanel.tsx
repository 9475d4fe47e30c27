import { eventById } from '../../data/race';
import type { Race } from '../../data/schema';
import { DisagreementNote } from '../../ui/DisagreementNote';
import { IncidentLink } from '../../ui/IncidentLink';

/** Every point on which sources disagree in this race, each linked to its incident where it has one. */
export function DisagreementsPanel({ race }: { race: Race }) {
  const disagreements = race.disagreements ?? [];
  if (disagreements.length === 0) return null;
  return (
    <section className="record-block" aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading">Where sources disagree ({disagreements.length})</h3>
      {disagreements.map((d) => {
        const event = eventById(race, d.eventId);
        return (
          <div key={d.id}>
            <DisagreementNote disagreement={d} />
            {event && (
              <p className="disagreement__link">
                About: <IncidentLink event={event} />
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
