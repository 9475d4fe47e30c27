import { useMemo, type MouseEvent } from 'react';
import { openingLap } from '../data/laps';
import { raceShortName } from '../data/race';
import { addressOf } from '../state/address';
import { catalogOf } from '../state/store';
import { useApp, useAppStore, useDataset, useSiteRoot } from '../state/StoreContext';
import { isPlainClick } from './useIncidentHref';

/** The races as real links (so "open in new tab" works), switching in place on a plain click. */
export function RaceNav() {
  // While two races are compared, neither is the page.
  const current = useApp((s) => (s.compare ? null : s.race));
  const hideAhead = useApp((s) => s.hideAhead);
  const follow = useApp((s) => s.follow);
  const store = useAppStore();
  const dataset = useDataset();
  const { entries } = dataset;
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  const root = useSiteRoot();
  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    store.getState().selectRace(id);
  };
  return (
    <nav aria-label="Races" className="race-nav">
      <ul>
        {entries.map((entry) => {
          const race = entry.race;
          const lap = openingLap(race, hideAhead);
          // The link goes where a click goes (selectRace): still following the driver if they raced there.
          const followThere = follow !== null && race?.drivers.some((d) => d.id === follow) ? follow : null;
          // A race still on its way is listed, but not a link until it can be opened.
          if (entry.pending) {
            return (
              <li key={entry.id}>
                <span className="race-nav__pending" aria-disabled="true">
                  <span className="race-nav__name">{entry.id}</span>
                  <span className="race-nav__sub">loading…</span>
                </span>
              </li>
            );
          }
          return (
            <li key={entry.id}>
              <a
                href={addressOf({ race: entry.id, lap, event: null, quote: null, hideAhead, follow: followThere }, root, catalog)}
                aria-current={entry.id === current ? 'page' : undefined}
                onClick={(e) => onClick(e, entry.id)}
              >
                <span className="race-nav__name">{race ? raceShortName(race) : entry.id}</span>
                <span className="race-nav__sub">{race ? race.name : 'data error'}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
