import { lapScaleAt, type Alignment } from '../../data/align';
import type { Race } from '../../data/schema';
import type { LapWindow } from '../../data/laps';
import { aligned } from '../../state/compare';
import { useMemo } from 'react';
import { createLaneStore } from '../../state/laneStore';
import { StoreProvider, useAppStore, useCatalog, useDataset, useSiteRoot } from '../../state/StoreContext';
import { TimelineDrawings } from '../../timeline/TimelineDrawings';

/** A race's lap window on the shared axis: where the axis's ends fall in its own laps. */
export function windowOf(race: Race, extent: [number, number], align: Alignment): LapWindow {
  return [lapScaleAt(aligned(race), extent[0], align), lapScaleAt(aligned(race), extent[1], align)];
}

/** One race of the two: its name and its timeline, over a view of the page's store (state/laneStore.ts). */
export function CompareLane({ race, width, measured, lapWindow }: { race: Race; width: number; measured: boolean; lapWindow: LapWindow }) {
  const page = useAppStore();
  const dataset = useDataset();
  const catalog = useCatalog();
  const store = useMemo(() => createLaneStore(page, catalog, race.id), [page, catalog, race.id]);
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
