import { followInRaces } from '../../state/follow';
import { type MouseEvent } from 'react';
import { raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import { addressOf } from '../../state/address';
import { lapInCompare } from '../../state/compare';
import { useApp, useAppStore, useCatalog, useSiteRoot } from '../../state/StoreContext';
import { isPlainClick } from '../../ui/useIncidentHref';
import { useTrailingCompare } from './useTrailing';

/** Links back to each race on its own, at the lap it is on here. */
export function BackToOneRace({ races }: { races: [Race, Race] }) {
  const store = useAppStore();
  const root = useSiteRoot();
  const catalog = useCatalog();
  // The laps in the addresses trail the cursor by a frame; a plain click asks the store, not the address.
  const compare = useTrailingCompare();
  const focused = useApp((s) => s.race);
  const event = useApp((s) => s.event);
  const hideAhead = useApp((s) => s.hideAhead);
  const follow = useApp((s) => s.follow);
  const onClick = (e: MouseEvent<HTMLAnchorElement>, raceId: string) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    // Either race at the lap it is on here, as the link's address says.
    store.getState().closeCompare(raceId);
  };
  return (
    <p className="compare-back">
      Back to one race:{' '}
      {races.map((race, i) => {
        const lap = lapInCompare(catalog, compare, race.id);
        // The driver followed goes along to a race they raced in (as the click does: store.ts).
        const followThere = followInRaces(catalog, [race.id], follow);
        const href = addressOf({ race: race.id, lap, event: race.id === focused ? event : null, quote: null, hideAhead, follow: followThere }, root, catalog);
        return (
          <span key={race.id}>
            {i > 0 && ' or '}
            <a href={href} onClick={(e) => onClick(e, race.id)}>
              {raceShortName(race)}
            </a>
          </span>
        );
      })}
    </p>
  );
}
