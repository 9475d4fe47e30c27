import { driverStandingAt } from '../../data/follow';
import { driverName, spanText, titleSpanMark } from '../../data/race';
import type { Race } from '../../data/schema';
import { ordinal } from '../../lib/names';
import { IncidentLink } from '../../ui/IncidentLink';

/**
 * Where the followed driver stands at the lap (the "at this lap" panel's first row while following),
 * from what the record says up to that lap, so nothing ahead of a no-spoilers cursor: their last
 * incident, whether they lead, their place in the title fight, the incident that ended their race;
 * at the finish, where they finished and their place in each championship table. Code-split with
 * the control (FollowParts.ts): only a reader who follows a driver needs it.
 */
export function FollowedAt({ race, driverId, lap }: { race: Race; driverId: string; lap: number }) {
  const at = driverStandingAt(race, driverId, lap);
  if (!at) return null;
  const lead = at.leaderSpan;
  const titleMark = at.title && titleSpanMark(at.title.span);
  return (
    <dl className="facts at-lap__follow">
      <div>
        <dt>Following</dt>
        <dd>
          <strong>{at.driver.name}</strong>
          <ul className="follow-facts">
            <li>
              {at.incidents === 0 ? (
                'In no incident so far'
              ) : (
                <>
                  In {at.incidents} incident{at.incidents === 1 ? '' : 's'} so far · last: {at.lastIncident && <IncidentLink event={at.lastIncident} />}
                </>
              )}
            </li>
            {at.out && (
              <li>
                Out of the race: <IncidentLink event={at.out} />
              </li>
            )}
            {lead &&
              (lead.driver === driverId ? (
                <li>
                  {/* "At this lap": a lead that goes on is told from its start, never where it ends (no spoilers). */}
                  Leading ({lead.endLap > lap ? `since lap ${lead.startLap}` : spanText(lead.startLap, lead.endLap)}
                  {lead.certainty !== 'exact' ? `, ${lead.certainty}` : ''})
                </li>
              ) : (
                <li>
                  Not leading: {driverName(race, lead.driver)} leads
                  {lead.certainty !== 'exact' && <span className="muted"> ({lead.certainty})</span>}
                </li>
              ))}
            {at.title && (
              <li>
                {at.title.ahead ? 'Ahead in the title fight' : `Behind in the title fight: ${driverName(race, at.title.span.leader)} ahead`}
                {titleMark && <span className="muted"> ({titleMark})</span>}
              </li>
            )}
            {at.result && <li>{at.result.position === 1 ? 'Won the race' : `Finished ${ordinal(at.result.position)}`}</li>}
            {at.championship.length > 0 && <li>Championship: {at.championship.map((c) => `${ordinal(c.place)} (${c.label.toLowerCase()})`).join(', ')}</li>}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
