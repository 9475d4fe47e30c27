import { type MouseEvent, type SyntheticEvent } from 'react';
import { raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import { openCompare } from '../../state/commands';
import { useHrefOf, useLinkView } from '../../state/links';
import { useAppStore, useCatalog, useDataset, useLoadRace } from '../../state/StoreContext';
import { isPlainClick } from '../../ui/useIncidentHref';
import { useHydrating } from '../../state/hydrating';

/**
 * From one race to its comparison with each other race, as real links to the comparison's page
 * (with the incident selected here, if any), opening in place on a plain click with the cursor
 * where it is now. The two races are always in the site's order, so each pair has one page.
 */
export function CompareLinks({ race }: { race: Race }) {
  const store = useAppStore();
  const dataset = useDataset();
  const catalog = useCatalog();
  // The comparison opens with its cursor where this race's is, and so does its link. The lap is the one
  // drawn (the page's as drawn, while hydrating) and brought up to date when the reader shows the intent
  // (a pointer over it, focus, a press, the context menu), so a lap step renders nothing here.
  const hydrating = useHydrating();
  const view = useLinkView({ lap: (hydrating ? store.getInitialState() : store.getState()).lap, at: null });
  const hrefOf = useHrefOf();
  const refresh = (e: SyntheticEvent<HTMLAnchorElement>, other: string) => {
    e.currentTarget.href = hrefOf(openCompare(pairWith(other)), { ...view, lap: store.getState().lap });
  };
  const loadRace = useLoadRace();
  // A race the page does not carry yet is listed by its summary, and fetched on the way (as RaceNav does).
  const others = dataset.entries.flatMap((e) => {
    const known = e.race ? e.race : e.summary ? { shortName: e.summary.shortName, track: { name: e.summary.track }, date: e.summary.date } : null;
    return e.id !== race.id && known ? [{ id: e.id, name: raceShortName(known), pending: !e.race }] : [];
  });
  if (others.length === 0) return null;
  const pairWith = (other: string): [string, string] =>
    catalog.raceIds.indexOf(other) < catalog.raceIds.indexOf(race.id) ? [other, race.id] : [race.id, other];
  // A race the page does not carry yet is fetched as soon as the reader shows the intent, too.
  const intent = (e: SyntheticEvent<HTMLAnchorElement>, other: { id: string; pending: boolean }) => {
    refresh(e, other.id);
    if (other.pending) loadRace?.(other.id);
  };
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
            onPointerEnter={(e) => intent(e, other)}
            onFocus={(e) => intent(e, other)}
            onTouchStart={(e) => intent(e, other)}
            onMouseDown={(e) => refresh(e, other.id)}
            onContextMenu={(e) => refresh(e, other.id)}
          >
            compare with {other.name}
          </a>
        </span>
      ))}
    </p>
  );
}
