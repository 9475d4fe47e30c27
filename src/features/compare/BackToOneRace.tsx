import { type MouseEvent } from 'react';
import { raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import { closeCompare } from '../../state/commands';
import { lapInCompare } from '../../state/compare';
import { useHrefOf, useLinkView } from '../../state/links';
import { useApp, useAppStore, useCatalog } from '../../state/StoreContext';
import { isPlainClick } from '../../ui/useIncidentHref';
import { useTrailingCompare } from './useTrailing';

/** Links back to each race on its own, at the lap it is on here. */
export function BackToOneRace({ races }: { races: [Race, Race] }) {
  const store = useAppStore();
  const catalog = useCatalog();
  // The laps in the addresses trail the cursor by a frame; a plain click asks the store, not the address.
  const compare = useTrailingCompare();
  const focused = useApp((s) => s.race);
  // The page's view at the trailing cursor: its lap the current race's there, as perform derives it (withLapAtCursor).
  const view = useLinkView({ lap: lapInCompare(catalog, compare, focused), at: compare.at });
  const hrefOf = useHrefOf();
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
        // Where the click goes (the same command): the driver followed goes along to a race they raced in.
        const href = hrefOf(closeCompare(race.id), view);
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
