import { startTransition, useState } from 'react';
import type { Race } from '../../data/schema';
import { cautionAt, countEventsUpTo, driverName, phaseAt, phaseLabel, titleLeaderAt, titleSpanMark } from '../../data/race';
import { outcomeHidden } from '../../data/spoilers';
import { useApp, useAppStore } from '../../state/StoreContext';
import { useStoreOncePerFrame } from '../../state/useStoreOncePerFrame';
import { LazyPart, type PartLoader } from '../../ui/LazyPart';
import { IncidentLink } from '../../ui/IncidentLink';

/**
 * The lap, followed at low priority: at most once a frame, the newest lap is rendered in a
 * transition, after the lap step. So a step's own work is the slider and the cursor (which follow
 * the store directly) and no React render; this panel follows a frame or so later. (Not
 * useDeferredValue: through the store it would still render the panel in the step, with the old lap.)
 */
function useLapInTransition(): number {
  const store = useAppStore();
  const [lap, setLap] = useState(() => store.getState().lap);
  useStoreOncePerFrame(
    store,
    (state) => startTransition(() => setLap(state.lap)),
    (state, previous) => state.lap !== previous.lap,
  );
  return lap;
}

/** What the panel shows for the driver followed: a part of another feature (follow), given by the page. */
export type FollowedAtLoader = PartLoader<{ race: Race; driverId: string; lap: number }>;

/**
 * The "at this lap" summary: stage, laps to go, flag, title fight and what has happened so far, and
 * where the driver followed stands (`followedAt`, the follow feature's part, which the page passes in:
 * features do not import each other).
 */
export function AtLapPanel({ race, followedAt }: { race: Race; followedAt: FollowedAtLoader }) {
  const lap = useLapInTransition();
  // In no-spoilers mode even the number of incidents still to come is withheld.
  const hideAhead = useApp((s) => s.hideAhead);
  const follow = useApp((s) => s.follow);
  const phase = phaseAt(race, lap);
  const caution = cautionAt(race, lap);
  const leader = titleLeaderAt(race, lap);
  const leaderMark = leader && titleSpanMark(leader);
  const happened = countEventsUpTo(race, lap);
  const latest = happened > 0 ? race.events[happened - 1] : undefined;
  const toGo = race.scheduledLaps - lap;
  return (
    <section className="panel at-lap" aria-labelledby="at-lap-heading">
      <h2 id="at-lap-heading">At this lap</h2>
      {follow !== null && (
        <LazyPart
          loader={followedAt}
          label="Where the driver you follow stands"
          props={{ race, driverId: follow, lap }}
          loading={<p className="muted at-lap__loading">Following {driverName(race, follow)}…</p>}
        />
      )}
      <dl className="facts">
        <div>
          <dt>Lap</dt>
          <dd>
            {/* No spoilers: how long the race ran is not told before the finish. */}
            {outcomeHidden({ hideAhead, lap }, race) ? `${lap} (${race.scheduledLaps} scheduled)` : `${lap} of ${race.lapsRun}`}
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
              {leaderMark && <span className="muted"> ({leaderMark})</span>}
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
