import { lapScaleAt, type Alignment } from '../../data/align';
import type { Race } from '../../data/schema';
import type { LapWindow } from '../../data/laps';
import { aligned } from '../../state/compare';
import { StoreProvider, useAppStore, useDataset, useSiteRoot } from '../../state/StoreContext';
import { TimelineDrawings } from '../../timeline/TimelineDrawings';
import { useLinkedRaceStore } from './useLinkedRaceStore';

/** A race's lap window on the shared axis: where the axis's ends fall in its own laps. */
export function windowOf(race: Race, extent: [number, number], align: Alignment): LapWindow {
  return [lapScaleAt(aligned(race), extent[0], align), lapScaleAt(aligned(race), extent[1], align)];
}

/** One race of the two: its name and its timeline, in a store of its own that follows the page's. */
export function CompareLane({ race, width, measured, lapWindow }: { race: Race; width: number; measured: boolean; lapWindow: LapWindow }) {
  const root = useAppStore();
  const dataset = useDataset();
  const store = useLinkedRaceStore(root, dataset, race.id);
  // As in RaceView: before the chart is measured (a prerendered page), a drawing for each kind of screen.
  return (
    <div className="compare-lane">
      <h3 className="compare-lane__name">{race.name}</h3>
      <StoreProvider store={store} dataset={dataset} root={useSiteRoot()}>
        <div className="timeline-wrap">
          <TimelineDrawings race={race} width={width} measured={measured} lapWindow={lapWindow} />
        </div>
      </StoreProvider>
    </div>
  );
}
