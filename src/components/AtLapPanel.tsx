import { useDeferredValue } from 'react';
import type { Race } from '../data/schema';
import { cautionAt, countEventsUpTo, driverName, phaseAt, phaseLabel, titleLeaderAt } from '../data/race';
import { useApp } from '../state/StoreContext';
import { IncidentLink } from './IncidentLink';

/** The "at this lap" summary: stage, laps to go, flag, title fight and what has happened so far. */
export function AtLapPanel({ race }: { race: Race }) {
  // Deferred: the slider and the cursor answer the key at once; this panel follows in the render
  // right after (a frame at most), so a lap step's own work is the slider, the cursor and no more.
  const lap = useDeferredValue(useApp((s) => s.lap));
  // In no-spoilers mode even the number of incidents still to come is withheld.
  const hideAhead = useApp((s) => s.hideAhead);
  const phase = phaseAt(race, lap);
  const caution = cautionAt(race, lap);
  const leader = titleLeaderAt(race, lap);
  const happened = countEventsUpTo(race, lap);
  const latest = happened > 0 ? race.events[happened - 1] : undefined;
  const toGo = race.scheduledLaps - lap;
  return (
    <section className="panel at-lap" aria-labelledby="at-lap-heading">
      <h2 id="at-lap-heading">At this lap</h2>
      <dl className="facts">
        <div>
          <dt>Lap</dt>
          <dd>
            {lap} of {race.lapsRun}
          </dd>
        </div>
        <div>
          <dt>Part of the race</dt>
          <dd>{phaseLabel(phase)}</dd>
        </div>
        <div>
          <dt>To go</dt>
          <dd>
            {toGo > 0
              ? `${toGo} of ${race.scheduledLaps} scheduled laps`
              : toGo === 0
                ? 'Scheduled distance complete'
                : `${-toGo} lap${toGo === -1 ? '' : 's'} past the scheduled ${race.scheduledLaps}`}
          </dd>
        </div>
        <div>
          <dt>Flag</dt>
          <dd>
            {caution ? (
              <>
                <span className="flag flag--caution">Caution</span> {caution.cause}
                {caution.certainty !== 'exact' && <span className="muted"> ({caution.certainty} laps)</span>}
              </>
            ) : lap > race.scheduledLaps || race.cautions ? (
              <span className="muted">No caution on record for this lap</span>
            ) : (
              <span className="muted">Cautions not in the record</span>
            )}
          </dd>
        </div>
        {leader && (
          <div>
            <dt>Title fight</dt>
            <dd>
              {driverName(race, leader.leader)} ahead
              {leader.certainty !== 'exact' && <span className="muted"> ({leader.certainty})</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>Incidents so far</dt>
          <dd>
            {hideAhead ? happened : `${happened} of ${race.events.length}`}
            {latest && (
              <>
                {' · latest: '}
                <IncidentLink event={latest} />
              </>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
