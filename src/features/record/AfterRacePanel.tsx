import { eventById } from '../../data/race';
import type { Race, RaceEvent } from '../../data/schema';
import { AfterRaceNote } from '../../ui/AfterRaceNote';
import { IncidentLink } from '../../ui/IncidentLink';

/** The record after the flag: penalties, disqualifications, amended results, appeals, in date order. */
export function AfterRacePanel({ race }: { race: Race }) {
  const items = race.afterRace ?? [];
  if (items.length === 0) return null;
  return (
    <section className="record-block" aria-labelledby="after-race-heading">
      <h3 id="after-race-heading">After the race ({items.length})</h3>
      {items.map((item) => {
        const events = item.eventIds.map((id) => eventById(race, id)).filter((e): e is RaceEvent => e !== undefined);
        return (
          <div key={item.id}>
            <AfterRaceNote item={item} />
            {events.length > 0 && (
              <p className="disagreement__link">
                About:{' '}
                {events.map((event, i) => (
                  <span key={event.id}>
                    {i > 0 && ', '}
                    <IncidentLink event={event} />
                  </span>
                ))}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
