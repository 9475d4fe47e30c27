import { lapReached } from '../../data/spoilers';
import type { Race } from '../../data/schema';
import { useApp } from '../../state/StoreContext';
import { AfterRacePanel } from './AfterRacePanel';
import { CautionList } from './CautionList';
import { DisagreementsPanel } from './DisagreementsPanel';
import { LeadersPanel } from './LeadersPanel';
import { ResultsTable } from './ResultsTable';
import { SourceList } from '../../ui/SourceList';
import { TitleFight } from './TitleFight';
import './record.css';

/**
 * The whole race around the incidents: title fight, leaders, cautions, results, disagreements and
 * every source. In no-spoilers mode it shows only what had happened by the cursor.
 */
export function RaceRecord({ race }: { race: Race }) {
  // Only the spoiler cut-off matters here; outside no-spoilers mode it never changes while scrubbing.
  const upToLap = useApp((s) => lapReached(s, race));
  const finished = upToLap >= race.lapsRun;
  const follow = useApp((s) => s.follow);
  return (
    <section className="panel record" aria-labelledby="record-heading">
      <h2 id="record-heading">The full record</h2>
      <div className="record__grid">
        <TitleFight race={race} upToLap={upToLap} follow={follow} />
        <LeadersPanel race={race} upToLap={upToLap} follow={follow} />
        <CautionList race={race} upToLap={upToLap} />
      </div>
      {finished ? (
        <>
          <ResultsTable race={race} follow={follow} />
          <AfterRacePanel race={race} />
          <DisagreementsPanel race={race} />
        </>
      ) : (
        <p className="muted spoiler-note">The finishing order, what happened after the race and the sources' disagreements are hidden until the cursor reaches the finish.</p>
      )}
      <section className="record-block" aria-labelledby="race-sources-heading">
        <h3 id="race-sources-heading">All sources for this race</h3>
        <SourceList sources={race.sources} label="Sources" />
      </section>
    </section>
  );
}
