import type { CautionLayout, MarkerLayout, OvertimeAttemptLayout, TimelineLayout } from './layout';

/** Cautions, or overtime attempts, too close together on the chart to pick one (hitSpans.ts crowdedGroups). */
export type Crowd = { row: 'caution'; members: CautionLayout[] } | { row: 'overtime'; members: OvertimeAttemptLayout[] };

/** What a tooltip is about. */
export type TipSubject =
  | { type: 'event'; marker: MarkerLayout }
  | { type: 'caution'; caution: CautionLayout }
  | { type: 'overtime'; attempt: OvertimeAttemptLayout }
  | { type: 'crowd'; crowd: Crowd; zooms: boolean };

/** A tooltip request: the subject, where to anchor it, what brought it up, and the layout it was measured in. */
export type TipRequest = { key: string; lap: number; x: number; y: number; subject: TipSubject; source: 'pointer' | 'focus'; layout: TimelineLayout };

/** Shows (a request) or hides (null, for the given key and source) the tooltip. */
export type TipHandler = (request: TipRequest | { hide: string; source: 'pointer' | 'focus' }) => void;

/** The element id of the timeline's tooltip (one timeline per page). */
export const TIP_ID = 'timeline-tip';

/**
 * The element id of the text that an incident with the followed driver is described by, on the
 * chart and in the list ("With Corey Heim, the driver you follow."): features/follow/FollowControl.tsx
 * renders it, so highlighting is told in words as well as drawn.
 */
export const FOLLOWED_NOTE_ID = 'followed-note';

/** The id of the hatch pattern that tells cautions apart without colour, before each timeline's own suffix. */
export const HATCH_ID = 'timeline-caution-hatch';

/** The laps a crowd spans: from its first mark's first lap to its last mark's last. */
export function crowdLaps(crowd: Crowd): [number, number] {
  const periods = crowd.row === 'caution' ? crowd.members.map((m) => m.caution) : crowd.members.map((m) => m.overtime);
  return [periods[0]!.startLap, periods.at(-1)!.endLap];
}

/** A crowd's first and last number ("Cautions 9 to 12"): a caution's number, or its place in the race. */
export function crowdNumbers(crowd: Crowd): [number, number] {
  const numbers = crowd.row === 'caution' ? crowd.members.map((m) => m.caution.number ?? m.index + 1) : crowd.members.map((m) => m.overtime.number);
  return [numbers[0]!, numbers.at(-1)!];
}
