import { type MouseEvent } from 'react';
import { raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import { openCompare } from '../../state/commands';
import { useHrefOf, useLinkView } from '../../state/links';
import { useAppStore, useCatalog, useDataset, useLoadRace } from '../../state/StoreContext';
import { isPlainClick } from '../../ui/useIncidentHref';
import { useTrailing } from './useTrailing';

/**
 * From one race to its comparison with each other race, as real links to the comparison's page
 * (with the incident selected here, if any), opening in place on a plain click with the cursor
 * where it is now. The two races are always in the site's order, so each pair has one page.
 */
export function CompareLinks({ race }: { race: Race }) {
  const store = useAppStore();
  const dataset = useDataset();
  const catalog = useCatalog();
  // The comparison opens with its cursor where this race's is: the links carry that lap, a frame behind the cursor.
  const lap = useTrailing((s) => s.lap);
  const view = useLinkView({ lap, at: null });
  const hrefOf = useHrefOf();
  const loadRace = useLoadRace();
  // A race the page does not carry yet is listed by its summary, and fetched on the way (as RaceNav does).
  const others = dataset.entries.flatMap((e) => {
    const known = e.race ? e.race : e.summary ? { shortName: e.summary.shortName, track: { name: e.summary.track }, date: e.summary.date } : null;
    return e.id !== race.id && known ? [{ id: e.id, name: raceShortName(known), pending: !e.race }] : [];
  });
  if (others.length === 0) return null;
  const pairWith = (other: string): [string, string] =>
    catalog.raceIds.indexOf(other) < catalog.raceIds.indexOf(race.id) ? [other, race.id] : [race.id, other];
  const onClick = (e: MouseEvent<HTMLAnchorElement>, other: string) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    store.getState().openCompare(pairWith(other));
  };
  return (
    <p className="compare-links">
      Side by side:{' '}
      {others.map((other, i) => (
        <span key={other.id}>
          {i > 0 && ', '}
          <a
            href={hrefOf(openCompare(pairWith(other.id)), view)}
            onClick={(e) => onClick(e, other.id)}
            {...(loadRace && other.pending && { onPointerEnter: () => loadRace(other.id), onFocus: () => loadRace(other.id), onTouchStart: () => loadRace(other.id) })}
          >
            compare with {other.name}
          </a>
        </span>
      ))}
    </p>
  );
}
