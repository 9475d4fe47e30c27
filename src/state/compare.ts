/**
 * The compare view's part of a link (issue 12): `compare=<race>,<race>` lays two races on one
 * axis, `align=togo` lines them up by laps to go instead of by share of the scheduled distance,
 * and `at=` is the shared cursor: a percentage of the scheduled distance (`at=80`), or the laps
 * to go (`at=30`). In a compare link `race=` names the race whose incident `event=` is (the first
 * race when absent), and a `lap=` without `at=` is a lap of that race.
 */
import { ALIGNMENTS, axisExtent, axisSteps, lapAt, nearestStep, positionOf, type AlignedRace, type Alignment } from '../data/align';
import type { Catalog, View } from './view';

/** Two races on one axis, and where the shared cursor is. */
export type CompareView = {
  races: [string, string];
  align: Alignment;
  /** The cursor's position on the shared axis (data/align.ts): always one of the axis steps. */
  at: number;
};

/** How a link without `align=` lines the races up. */
export const DEFAULT_ALIGNMENT: Alignment = 'distance';

type RaceInfo = { name: string; lapsRun: number; scheduledLaps?: number };

/** A race as alignment sees it; a race without a scheduled distance counts its laps run. */
export const aligned = (info: RaceInfo): AlignedRace => ({ lapsRun: info.lapsRun, scheduledLaps: info.scheduledLaps ?? info.lapsRun });

/** The two races' alignment data, or null when either is not loaded. */
export function alignedPair(catalog: Pick<Catalog, 'races'>, races: readonly [string, string]): [AlignedRace, AlignedRace] | null {
  const a = catalog.races.get(races[0]);
  const b = catalog.races.get(races[1]);
  return a && b ? [aligned(a), aligned(b)] : null;
}

/** Each catalog's shared-cursor steps by pair and alignment: a catalog never changes (a race that arrives makes a new one). */
const stepsByRaces = new WeakMap<Catalog['races'], Map<string, number[]>>();

/**
 * The shared cursor's positions, in order (data/align.ts axisSteps), worked out once per catalog,
 * pair and alignment: a step of the shared slider looks them up rather than sorting every lap end
 * of both races again.
 */
export function stepsOf(catalog: Pick<Catalog, 'races'>, compare: Pick<CompareView, 'races' | 'align'>): number[] {
  let byPair = stepsByRaces.get(catalog.races);
  if (!byPair) stepsByRaces.set(catalog.races, (byPair = new Map()));
  const key = `${compare.races.join(',')}:${compare.align}`;
  let steps = byPair.get(key);
  if (!steps) {
    const pair = alignedPair(catalog, compare.races);
    byPair.set(key, (steps = pair ? axisSteps(pair, compare.align) : [0]));
  }
  return steps;
}

/** The lap a race of the pair is on at the shared cursor. */
export function lapInCompare(catalog: Pick<Catalog, 'races'>, compare: CompareView, race: string): number {
  const info = catalog.races.get(race);
  return info ? lapAt(aligned(info), compare.at, compare.align) : 1;
}

/**
 * The one rule for the lap of a view that compares two races: `lap` is the current race's lap at the
 * shared cursor, derived from `compare.at`, never set apart from it. perform() (commands/command.ts)
 * applies it to every view a command leads to, so a command that moves the shared cursor or changes
 * the current race sets `compare` and `race` only; the URL parser (url.ts) applies it to the view a
 * link gives. A view of one race, or one whose lap agrees already, is returned as it is.
 */
export function withLapAtCursor<T extends Pick<View, 'race' | 'lap' | 'compare'>>(view: T, catalog: Pick<Catalog, 'races'>): T {
  if (!view.compare) return view;
  const lap = lapInCompare(catalog, view.compare, view.race);
  return lap === view.lap ? view : { ...view, lap };
}

/** The shared cursor's position at the end of a lap of one race of the pair, snapped to a step. */
export function positionAtLap(catalog: Pick<Catalog, 'races'>, compare: Pick<CompareView, 'races' | 'align'>, race: string, lap: number): number {
  const info = catalog.races.get(race);
  const steps = stepsOf(catalog, compare);
  return info ? steps[nearestStep(steps, positionOf(aligned(info), lap, compare.align))]! : steps[0]!;
}

/** The shared axis's extent. */
export function extentOf(catalog: Pick<Catalog, 'races'>, compare: Pick<CompareView, 'races' | 'align'>): [number, number] {
  const pair = alignedPair(catalog, compare.races);
  return pair ? axisExtent(pair, compare.align) : [0, 1];
}

/** `at=` as a link writes it: a percentage with at most two decimals, or whole laps to go. */
export function formatAt(at: number, align: Alignment): string {
  return align === 'distance' ? String(Math.round(at * 10000) / 100) : String(Math.round(-at));
}

/** Reads `at=` into a position, or null when it is not a number of the right kind. */
export function parseAt(value: string, align: Alignment): number | null {
  const trimmed = value.trim();
  // Any number of decimals: a third of the distance is at=33.333333333 as much as at=33.33.
  if (align === 'distance') return /^\d{1,4}(\.\d{1,20})?$/.test(trimmed) ? Number(trimmed) / 100 : null;
  return /^\d{1,9}$/.test(trimmed) ? -Number(trimmed) : null;
}

/**
 * Reads `compare=` and `align=`: the pair, in the site's order (each pair has one page, and that is
 * the address the app writes), and the alignment; or null (with a notice) when the pair is not two
 * known races. `named` is the race the link names first: whose lap a bare `lap=` is.
 */
export function parseComparePair(
  compareParam: string,
  alignParam: string | null,
  catalog: Catalog,
  problems: string[],
  echo: (value: string) => string,
): { races: [string, string]; align: Alignment; named: string } | null {
  const ids = compareParam.split(',').map((id) => id.trim());
  const unknown = ids.filter((id) => !catalog.raceIds.includes(id));
  if (ids.length !== 2 || unknown.length > 0 || ids[0] === ids[1]) {
    const why =
      unknown.length > 0
        ? `there is no race ${unknown.map((id) => `“${echo(id)}”`).join(' or ')}`
        : ids.length !== 2
          ? 'a comparison takes two races, such as compare=phoenix-2023,roval-2025'
          : 'it names the same race twice';
    problems.push(`The comparison “${echo(compareParam)}” cannot be shown: ${why}; showing one race.`);
    return null;
  }
  let align = DEFAULT_ALIGNMENT;
  if (alignParam !== null) {
    if ((ALIGNMENTS as readonly string[]).includes(alignParam)) align = alignParam as Alignment;
    else problems.push(`The alignment “${echo(alignParam)}” is not “distance” or “togo”; lining the races up by share of the distance.`);
  }
  const [first, second] = ids as [string, string];
  if (catalog.raceIds.indexOf(first) > catalog.raceIds.indexOf(second)) {
    const name = (id: string) => catalog.races.get(id)?.name ?? id;
    problems.push(`A comparison shows its races in the site’s order: the ${name(second)} above, the ${name(first)} below.`);
    return { races: [second, first], align, named: first };
  }
  return { races: [first, second], align, named: first };
}
