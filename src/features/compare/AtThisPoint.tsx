import { phaseAt, phaseLabel, raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import { lapInCompare } from '../../state/compare';
import { useApp, useCatalog } from '../../state/StoreContext';
import { useTrailingCompare } from './useTrailing';

/** Where each race stands at the shared cursor: its lap and the part of the race it is in. */
export function AtThisPoint({ races }: { races: [Race, Race] }) {
  const catalog = useCatalog();
  // Trails the cursor by a frame, as the one race's at-this-lap panel does.
  const compare = useTrailingCompare();
  const lengthsHidden = useApp((s) => s.hideAhead);
  return (
    <section className="panel" aria-labelledby="compare-at-heading">
      <h2 id="compare-at-heading">At this point</h2>
      <dl className="facts">
        {races.map((race) => {
          const lap = lapInCompare(catalog, compare, race.id);
          return (
            <div key={race.id}>
              <dt>{raceShortName(race)}</dt>
              <dd>
                Lap {lap}
                {!lengthsHidden && ` of ${race.lapsRun}`}, {phaseLabel(phaseAt(race, lap)).toLowerCase()}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
