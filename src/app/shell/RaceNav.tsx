import { followInRaces } from '../../state/follow';
import { type MouseEvent } from 'react';
import { openingLap } from '../../data/laps';
import { raceShortName } from '../../data/race';
import { addressOf } from '../../state/address';
import { useApp, useAppStore, useCatalog, useDataset, useLoadRace, useSiteRoot } from '../../state/StoreContext';
import { isPlainClick } from '../../ui/useIncidentHref';

/**
 * The races as real links (so "open in new tab" works), switching in place on a plain click. A race
 * the page does not carry yet is fetched as soon as the reader shows the intent (a pointer over its
 * link, focus on it, a touch), so that it is usually in by the time the click lands.
 */
export function RaceNav() {
  // While two races are compared, neither is the page.
  const current = useApp((s) => (s.compare ? null : s.race));
  const hideAhead = useApp((s) => s.hideAhead);
  const follow = useApp((s) => s.follow);
  const store = useAppStore();
  const dataset = useDataset();
  const { entries } = dataset;
  const catalog = useCatalog();
  const root = useSiteRoot();
  const loadRace = useLoadRace();
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
          // A race not loaded yet is known by its summary, where the page carries one.
          const known = race ? { track: race.track.name, date: race.date, name: race.name, lapsRun: race.lapsRun, shortName: race.shortName } : entry.summary;
          const lap = openingLap(known, hideAhead);
          // The link goes where a click goes (selectRace): still following the driver if they raced there.
          const followThere = followInRaces(catalog, [entry.id], follow);
          // A race still on its way (and not summarised) is listed, but not a link until it can be opened.
          if (entry.pending && !known) {
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
                {...(loadRace && !race && { onPointerEnter: () => loadRace(entry.id), onFocus: () => loadRace(entry.id), onTouchStart: () => loadRace(entry.id) })}
              >
                <span className="race-nav__name">{known ? raceShortName({ shortName: known.shortName, track: { name: known.track }, date: known.date }) : entry.id}</span>
                <span className="race-nav__sub">{known ? known.name : 'data error'}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
