import { useMemo } from 'react';
import { axisExtent } from '../../data/align';
import { raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import { aligned } from '../../state/compare';
import { useApp } from '../../state/StoreContext';
import { Legend } from '../../timeline/Legend';
import { useMeasuredWidth } from '../../timeline/useMeasure';
import { IncidentDetails } from '../../features/incident/IncidentDetails';
import { ShareBar } from '../../features/share/ShareBar';
import { AlignChoice } from '../../features/compare/AlignChoice';
import { AcrossTheRaces } from '../../features/compare/AcrossTheRaces';
import { AtThisPoint } from '../../features/compare/AtThisPoint';
import { BackToOneRace } from '../../features/compare/BackToOneRace';
import { CompareLane, windowOf } from '../../features/compare/CompareLane';
import { CompareSlider } from '../../features/compare/CompareSlider';
import { useKnownRaces } from '../../features/compare/useKnownRaces';
import '../../features/compare/compare.css';

/**
 * Two races on one axis (issue 12): both timelines stacked, each race drawn to scale on the shared
 * axis (data/align.ts), one slider driving both cursors, the selected incident of either race with
 * its quotes, and the quotes in which one race speaks of the other.
 */
export function CompareView({ races }: { races: [Race, Race] }) {
  const align = useApp((s) => s.compare?.align ?? 'distance');
  const focusedId = useApp((s) => s.race);
  const focused = races.find((r) => r.id === focusedId) ?? races[0];
  const [chartRef, width, measured] = useMeasuredWidth<HTMLDivElement>();
  const known = useKnownRaces(races);
  const extent = useMemo(() => axisExtent(known.map(aligned), align), [known, align]);
  // Each race's window on the shared axis, the same arrays from render to render (its layout is memoised on them).
  const windows = useMemo(() => known.map((race) => windowOf(race, extent, align)), [known, extent, align]);
  const [a, b] = races;
  // No spoilers: how long each race ran (an overtime finish) is not told until the reader gets there.
  const lengthsHidden = useApp((s) => s.hideAhead);
  return (
    <>
      <section className="panel compare-head" aria-labelledby="compare-heading">
        <h2 id="compare-heading">
          {raceShortName(a)} and {raceShortName(b)}, side by side
        </h2>
        <p className="muted">
          {lengthsHidden
            ? `${a.name} (${a.scheduledLaps} laps scheduled) above, ${b.name} (${b.scheduledLaps} scheduled) below, on one axis.`
            : `${a.name} (${a.lapsRun} laps of ${a.scheduledLaps} scheduled) above, ${b.name} (${b.lapsRun} of ${b.scheduledLaps}) below, on one axis.`}
        </p>
        <div className="compare-head__controls">
          <AlignChoice align={align} />
          <BackToOneRace races={races} />
        </div>
      </section>
      <section className="timeline-card" aria-labelledby="compare-timelines-heading">
        <div className="timeline-card__head">
          <h2 id="compare-timelines-heading">Timelines</h2>
          <Legend />
        </div>
        <div ref={chartRef} className="compare-timelines">
          {known.map((race, i) => (
            <CompareLane key={race.id} race={race} width={width} measured={measured} lapWindow={windows[i]!} />
          ))}
        </div>
        <CompareSlider races={races} />
      </section>
      <div className="columns">
        <div className="columns__main">
          <p className="compare-focus">
            Incident details from <strong>{focused.name}</strong>
          </p>
          <IncidentDetails race={focused} />
          <ShareBar />
        </div>
        <div className="columns__side">
          <AtThisPoint races={races} />
          <AcrossTheRaces races={races} />
        </div>
      </div>
    </>
  );
}
