import { useMemo } from 'react';
import type { Race } from '../../data/schema';
import { lapsKnown } from '../../data/spoilers';
import { lapInCompare } from '../../state/compare';
import { useApp, useCatalog } from '../../state/StoreContext';

/**
 * The two races as far as a no-spoilers reader may know them (data/spoilers.ts lapsKnown: the
 * scheduled distance, then a lap past the cursor), or as they ran. The shared axis, each race's window
 * and the slider's steps are built on them, so neither the axis nor the thumb tells how long a race ran.
 * The key is two numbers, which change only past a race's scheduled distance.
 */
export function useKnownRaces(races: [Race, Race]): [Race, Race] {
  const catalog = useCatalog();
  const known = useApp((s) => (s.hideAhead && s.compare ? races.map((r) => lapsKnown(r, { hideAhead: true, lap: lapInCompare(catalog, s.compare!, r.id) })).join(',') : ''));
  return useMemo(() => {
    if (known === '') return races;
    const laps = known.split(',').map(Number);
    return races.map((race, i) => (laps[i] === race.lapsRun ? race : { ...race, lapsRun: laps[i]! })) as [Race, Race];
  }, [known, races]);
}
