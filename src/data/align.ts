/**
 * Two races on one axis (issue 12). A lap's position on the shared axis is where its end falls:
 * - `distance`: the share of the race's scheduled distance run (lap 75 of a 150-lap race is 0.5;
 *   overtime laps go past 1), so the start and the scheduled finish line up;
 * - `togo`: minus the laps still to run to the race's actual finish (its last lap is 0), so the
 *   finishes line up, overtimes included.
 * A position between two of a race's lap ends belongs to the last lap completed.
 */
import { clamp } from '../lib/clamp';

/** How two races are lined up: by share of the scheduled distance, or by laps to go. */
export type Alignment = 'distance' | 'togo';
export const ALIGNMENTS: readonly Alignment[] = ['distance', 'togo'];

/** What alignment needs to know of a race. */
export type AlignedRace = { lapsRun: number; scheduledLaps: number };

/** Positions this close are the same (float error from dividing by the scheduled laps). */
const SAME = 1e-9;

/** Where the end of `lap` falls on the shared axis. */
export function positionOf(race: AlignedRace, lap: number, align: Alignment): number {
  return align === 'distance' ? lap / race.scheduledLaps : lap - race.lapsRun;
}

/** The (fractional) lap of `race` at a position: the inverse of positionOf, unclamped. */
export function lapScaleAt(race: AlignedRace, position: number, align: Alignment): number {
  return align === 'distance' ? position * race.scheduledLaps : position + race.lapsRun;
}

/** The last lap of `race` completed at a position, from 1 (before lap 1 ends, the cursor is on lap 1) to its last. */
export function lapAt(race: AlignedRace, position: number, align: Alignment): number {
  return clamp(Math.floor(lapScaleAt(race, position, align) + SAME), 1, race.lapsRun);
}

/** The shared axis: from the earliest first lap to the latest last lap of the races. */
export function axisExtent(races: readonly AlignedRace[], align: Alignment): [number, number] {
  return [Math.min(...races.map((r) => positionOf(r, 1, align))), Math.max(...races.map((r) => positionOf(r, r.lapsRun, align)))];
}

/**
 * The positions a shared slider steps through: every lap end of every race on the axis, in order,
 * the same position once. Each step moves at least one race on by a lap, and no lap is skipped.
 */
export function axisSteps(races: readonly AlignedRace[], align: Alignment): number[] {
  const all = races.flatMap((r) => Array.from({ length: r.lapsRun }, (_, i) => positionOf(r, i + 1, align))).sort((a, b) => a - b);
  return all.filter((p, i) => i === 0 || p - all[i - 1]! > SAME);
}

/** The index of the step nearest a position (the first of two equally near). */
export function nearestStep(steps: readonly number[], position: number): number {
  let best = 0;
  for (let i = 1; i < steps.length; i++) if (Math.abs(steps[i]! - position) < Math.abs(steps[best]! - position) - SAME) best = i;
  return best;
}
