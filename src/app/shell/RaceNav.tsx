import { type MouseEvent } from 'react';
import { raceShortName } from '../../data/race';
import { openRace } from '../../state/commands';
import { useHrefOf, useLinkView } from '../../state/links';
import { useApp, useAppStore, useDataset, useLoadRace } from '../../state/StoreContext';
import { isPlainClick } from '../../ui/useIncidentHref';

/**
 * The races as real links (so "open in new tab" works), switching in place on a plain click. A race
 * the page does not carry yet is fetched as soon as the reader shows the intent (a pointer over its
 * link, focus on it, a touch), so that it is usually in by the time the click lands.
 */
export function RaceNav() {
  // While two races are compared, neither is the page.
  const current = useApp((s) => (s.compare ? null : s.race));
  // The link goes where a click goes (the same command): the reader's settings and the driver followed kept where they raced.
  const view = useLinkView();
  const hrefOf = useHrefOf();
  const store = useAppStore();
  const { entries } = useDataset();
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
                href={hrefOf(openRace(entry.id), view)}
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
