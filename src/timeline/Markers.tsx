import { isAhead } from '../data/spoilers';
import { memo, useCallback, useMemo, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { incidentName } from '../data/race';
import type { AppStore } from '../state/store';
import { useApp, useAppStore } from '../state/StoreContext';
import type { CautionLayout, MarkerLayout, OvertimeAttemptLayout, TimelineLayout } from './layout';
import { METRICS } from './layout';
import { crowdedGroups, hitSpans } from './hitSpans';
import { markerPath } from './shapes';
import { cautionName, crowdName, overtimeName } from './tooltip';
import { useShownCount } from './useShownCount';

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
 * chart and in the list ("With Corey Heim, the driver you follow."): components/FollowControl.tsx
 * renders it, so highlighting is told in words as well as drawn.
 */
export const FOLLOWED_NOTE_ID = 'followed-note';

/** The id of the hatch pattern that tells cautions apart without colour, before each timeline's own suffix. */
export const HATCH_ID = 'timeline-caution-hatch';

/** One interactive thing on the chart, in lap order. */
type Item = { key: string; lap: number; order: number; subject: TipSubject };

/** The focusable things on the chart (incidents, cautions, overtime attempts) sorted by lap, then top to bottom. */
function chartItems(layout: TimelineLayout): Item[] {
  const items: Item[] = [
    ...(layout.overtime?.attempts ?? []).map((attempt) => ({ key: attempt.key, lap: attempt.overtime.startLap, order: 0, subject: { type: 'overtime', attempt } as const })),
    ...layout.cautions.map((caution) => ({ key: caution.key, lap: caution.caution.startLap, order: 1, subject: { type: 'caution', caution } as const })),
    ...layout.markers.map((marker) => ({ key: marker.key, lap: marker.event.lap, order: 2 + marker.y, subject: { type: 'event', marker } as const })),
  ];
  return items.sort((a, b) => a.lap - b.lap || a.order - b.order);
}

/**
 * The incident markers plus the caution and overtime items, in lap order so that keyboard focus
 * follows the laps (exported for render-count tests). One tab stop: the arrow keys move between
 * items (a roving tabindex), so a keyboard reader does not tab through forty stops to reach the slider.
 * In no-spoilers mode, items after the cursor are not drawn; this re-renders only when the cursor
 * crosses one.
 */
export const Markers = memo(function Markers({
  layout,
  onTip,
  tipKey = null,
  hatchId = HATCH_ID,
  zoomable = true,
}: {
  layout: TimelineLayout;
  onTip?: TipHandler;
  tipKey?: string | null;
  /** The timeline's hatch pattern (its id), which the caution flags are filled with. */
  hatchId?: string;
  /** Whether the chart zooms (a fixed window, two races compared, does not): what pressing a crowd does. */
  zoomable?: boolean;
}) {
  const selected = useApp((s) => s.event);
  // Following a driver rings their incidents and greys the others (still readable, still buttons).
  const follow = useApp((s) => s.follow);
  const items = useMemo(() => chartItems(layout), [layout]);
  const itemLaps = useMemo(() => items.map((i) => i.lap), [items]);
  const shown = useShownCount(itemLaps);
  const store = useAppStore();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  // What is shown (in no-spoilers mode, up to the cursor), crowded cautions and overtimes as one target each.
  const { visible, hits, decor } = useMemo(() => withCrowds(items.slice(0, shown), zoomable), [items, shown, zoomable]);
  const focusable = visible.filter((i) => i.subject.type !== 'event' || i.subject.marker.primary);
  const tabStop =
    focusable.find((i) => i.key === activeKey)?.key ??
    focusable.find((i) => i.subject.type === 'event' && i.subject.marker.event.id === selected)?.key ??
    focusable[0]?.key;

  const tip = onTip ?? noop;
  const activate = useCallback((subject: TipSubject) => activateSubject(store, layout, subject), [layout, store]);
  const onFocus = useCallback((key: string) => setActiveKey(key), []);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const nodes = Array.from(e.currentTarget.querySelectorAll<SVGGElement>('[data-nav]'));
    const index = nodes.indexOf(e.target as SVGGElement);
    if (index < 0) return;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? index + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? nodes.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const target = nodes[Math.max(0, Math.min(nodes.length - 1, next))];
    if (!target) return;
    // The tab stop moves with the arrow keys, so Tab out and back returns here.
    setActiveKey(target.getAttribute('data-key'));
    target.focus();
  };

  return (
    <g className="markers" role="group" aria-label="Incidents, cautions and overtimes on the timeline" onKeyDown={onKeyDown}>
      {visible.map((item) => {
        const common = { itemKey: item.key, tabbable: item.key === tabStop, described: item.key === tipKey, layout, onTip: tip, onFocusItem: onFocus, onActivate: activate };
        switch (item.subject.type) {
          case 'event':
            return (
              <Marker
                key={item.key}
                {...common}
                subject={item.subject}
                selected={item.subject.marker.event.id === selected}
                followed={follow === null ? null : item.subject.marker.event.drivers.includes(follow)}
              />
            );
          case 'caution':
            return <CautionFlag key={item.key} {...common} subject={item.subject} hit={hits.get(item.key)!} hatchId={hatchId} />;
          case 'overtime':
            return <OvertimeAttempt key={item.key} {...common} subject={item.subject} hit={hits.get(item.key)!} />;
          case 'crowd':
            return <CrowdTarget key={item.key} {...common} subject={item.subject} hit={hits.get(item.key)!} />;
        }
      })}
      {/* The marks of a crowd, drawn as they are, for the eye only: the crowd is their target. */}
      <g aria-hidden="true" className="crowd-marks">
        {decor.map((mark) =>
          'caution' in mark ? (
            <g key={mark.key} className={`caution-flag--${mark.caution.certainty}`}>
              <rect className="caution-bar" x={mark.x0} y={layout.stripTop + 7} width={Math.max(3, mark.x1 - mark.x0)} height={10} rx={2} fill={`url(#${hatchId})`} />
            </g>
          ) : (
            <g key={mark.key} className={`ot-attempt--${mark.overtime.certainty}`}>
              <line className="ot-attempt__start" x1={mark.x0} x2={mark.x0} y1={3} y2={layout.lanesBottom} />
              {mark.label && (
                <text x={mark.x0 + 4} y={16} className="band-label">
                  {mark.label}
                </text>
              )}
            </g>
          ),
        )}
      </g>
    </g>
  );
});

/**
 * The items shown, with the cautions (and the overtime attempts) too close together to each take a
 * 24 px target (hitSpans.ts crowdedGroups) put together as one item, a crowd, in their place; each
 * caution, attempt and crowd with its hit span; and the marks of the crowds, drawn without a target
 * of their own.
 */
function withCrowds(shown: readonly Item[], zoomable: boolean): { visible: Item[]; hits: Map<string, HitSpan>; decor: (CautionLayout | OvertimeAttemptLayout)[] } {
  const hits = new Map<string, HitSpan>();
  const crowds = new Map<string, Item>();
  const inCrowd = new Set<string>();
  const decor: (CautionLayout | OvertimeAttemptLayout)[] = [];
  const rows = [
    { row: 'caution' as const, marks: shown.flatMap((i) => (i.subject.type === 'caution' ? [i.subject.caution] : [])) },
    { row: 'overtime' as const, marks: shown.flatMap((i) => (i.subject.type === 'overtime' ? [i.subject.attempt] : [])) },
  ];
  for (const { row, marks } of rows) {
    const groups = crowdedGroups(marks);
    const spans = hitSpans(groups);
    groups.forEach((group, g) => {
      const members = marks.slice(group.first, group.last + 1);
      if (members.length === 1) return void hits.set(members[0]!.key, spans[g]!);
      const key = `crowd-${members[0]!.key}`;
      const crowd = (row === 'caution' ? { row, members } : { row, members }) as Crowd;
      crowds.set(members[0]!.key, { key, lap: shown.find((i) => i.key === members[0]!.key)!.lap, order: row === 'caution' ? 1 : 0, subject: { type: 'crowd', crowd, zooms: zoomable } });
      hits.set(key, spans[g]!);
      for (const member of members) inCrowd.add(member.key);
      decor.push(...members);
    });
  }
  const visible = shown.flatMap((i) => (crowds.has(i.key) ? [crowds.get(i.key)!] : inCrowd.has(i.key) ? [] : [i]));
  return { visible, hits, decor };
}

function noop() {}

/**
 * What a click (or Enter) on an item, or on its tooltip, does: an incident is selected; a caution or
 * overtime linked to an incident on the chart selects it, otherwise (or when that incident lies
 * ahead of a no-spoilers cursor) the cursor goes to the period's first lap.
 */
export function activateSubject(store: AppStore, layout: TimelineLayout, subject: TipSubject): void {
  const { selectEvent, setLap, setZoom, hideAhead, lap } = store.getState();
  if (subject.type === 'event') return selectEvent(subject.marker.event.id);
  if (subject.type === 'crowd') {
    // Zoomed in on them, with a lap either side, they come apart (or make a smaller crowd, pressed in turn).
    const [from, to] = crowdLaps(subject.crowd);
    return subject.zooms ? setZoom([from - 1, to + 1]) : setLap(from);
  }
  const period = subject.type === 'caution' ? subject.caution.caution : subject.attempt.overtime;
  const linked = period.eventId === undefined ? undefined : layout.markers.find((m) => m.event.id === period.eventId)?.event;
  if (linked && !isAhead({ hideAhead, lap }, linked.lap)) selectEvent(linked.id);
  else setLap(period.startLap);
}

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

/** A hit area's horizontal extent, from hitSpans(). */
type HitSpan = { left: number; right: number };

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

type ItemProps<S extends TipSubject> = {
  itemKey: string;
  subject: S;
  /** The one item in the tab order. */
  tabbable: boolean;
  /** The tooltip is describing this item. */
  described: boolean;
  /** An incident with the driver followed (true), without them (false), or nobody is followed (null or absent). */
  followed?: boolean | null;
  layout: TimelineLayout;
  onTip: TipHandler;
  onFocusItem: (key: string) => void;
  onActivate: (subject: TipSubject) => void;
};

/** Pointer, focus and keyboard wiring shared by every item; echoes get the pointer part only. */
function itemHandlers<S extends TipSubject>(props: ItemProps<S>, anchor: { lap: number; x: number; y: number }, focusable: boolean) {
  const { itemKey, subject, layout, onTip, onFocusItem, onActivate } = props;
  const request = (source: 'pointer' | 'focus') => onTip({ key: itemKey, lap: anchor.lap, x: anchor.x, y: anchor.y, subject, source, layout });
  return {
    onClick: () => {
      if (focusable) onFocusItem(itemKey);
      onActivate(subject);
    },
    // Touch has no hover: a tap focuses the item, and focus shows the tooltip.
    onPointerEnter: (e: PointerEvent) => {
      if (e.pointerType !== 'touch') request('pointer');
    },
    onPointerLeave: () => onTip({ hide: itemKey, source: 'pointer' }),
    ...(focusable
      ? {
      tabIndex: props.tabbable ? 0 : -1,
      'data-nav': '',
      'data-key': itemKey,
      'data-lap': anchor.lap,
      'aria-describedby': [props.followed && FOLLOWED_NOTE_ID, props.described && TIP_ID].filter(Boolean).join(' ') || undefined,
      onFocus: (e: FocusEvent<Element>) => {
        // Keyboard focus only (as for focus rings): a click already has the hover tooltip and the selection.
        if (!focusVisible(e.currentTarget)) return;
        onFocusItem(itemKey);
        request('focus');
      },
      onBlur: () => onTip({ hide: itemKey, source: 'focus' }),
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onActivate(subject);
        }
      },
        }
      : {}),
  };
}

const Marker = memo(function Marker(props: ItemProps<Extract<TipSubject, { type: 'event' }>> & { selected: boolean }) {
  const { marker } = props.subject;
  const { event, x, x0, x1, y, certainty, primary } = marker;
  const handlers = itemHandlers(props, { lap: event.lap, x, y }, primary);
  const follow = props.followed === true ? ' marker--followed' : props.followed === false ? ' marker--dimmed' : '';
  const className = `marker marker--${certainty}${props.selected ? ' marker--selected' : ''}${event.key ? ' marker--key' : ''}${primary ? '' : ' marker--echo'}${follow}`;
  // Echoes (the same incident in another driver's lane) are hidden from assistive tech, so each
  // incident has one button with one name; a pointer can still pick any copy.
  const a11y = primary ? { role: 'button', 'aria-label': incidentName(event), 'aria-pressed': props.selected } : { 'aria-hidden': true };
  return (
    <g className={className} data-kind={event.kind} {...a11y} {...handlers}>
      {x1 > x0 && <line className="marker-range" x1={x0} x2={x1} y1={y} y2={y} />}
      {x1 > x0 && <line className="marker-range-cap" x1={x0} x2={x0} y1={y - 4} y2={y + 4} />}
      {x1 > x0 && <line className="marker-range-cap" x1={x1} x2={x1} y1={y - 4} y2={y + 4} />}
      <circle className="marker-hit" cx={x} cy={y} r={METRICS.hitRadius} fill="transparent" />
      {/* The followed driver's incidents are ringed: a shape, not only a colour. */}
      {props.followed === true && <circle className="marker-follow-ring" cx={x} cy={y} r={METRICS.radius * (event.key ? 1.3 : 1) + 4} />}
      {/* Turning points (key) are drawn larger, so they stand out without relying on colour. */}
      <path className="marker-dot" transform={`translate(${x},${y})`} d={markerPath(event.kind, event.key ? METRICS.radius * 1.3 : METRICS.radius)} />
    </g>
  );
});

const CautionFlag = memo(function CautionFlag(props: ItemProps<Extract<TipSubject, { type: 'caution' }>> & { hit: HitSpan; hatchId: string }) {
  const { caution: c } = props.subject;
  const { stripTop } = props.layout;
  const mid = (c.x0 + c.x1) / 2;
  const handlers = itemHandlers(props, { lap: c.caution.startLap, x: mid, y: stripTop + METRICS.stripHeight / 2 }, true);
  return (
    <g role="button" aria-label={cautionName(c.caution, c.index)} className={`caution-flag caution-flag--${c.caution.certainty}`} {...handlers}>
      <rect className="item-hit" x={props.hit.left} y={stripTop} width={props.hit.right - props.hit.left} height={METRICS.stripHeight} fill="transparent" />
      <rect className="caution-bar" x={c.x0} y={stripTop + 7} width={Math.max(3, c.x1 - c.x0)} height={10} rx={2} fill={`url(#${props.hatchId})`} />
    </g>
  );
});

const OvertimeAttempt = memo(function OvertimeAttempt(props: ItemProps<Extract<TipSubject, { type: 'overtime' }>> & { hit: HitSpan }) {
  const { attempt: a } = props.subject;
  const mid = (a.x0 + a.x1) / 2;
  const handlers = itemHandlers(props, { lap: a.overtime.startLap, x: mid, y: METRICS.bandRow / 2 }, true);
  // The short label ("OT1") is drawn beside the button, not in it: its name says "Overtime 1: …" in full.
  return (
    <>
      <g role="button" aria-label={overtimeName(a.overtime)} className={`ot-attempt ot-attempt--${a.overtime.certainty}`} {...handlers}>
        <rect className="item-hit" x={props.hit.left} y={0} width={props.hit.right - props.hit.left} height={METRICS.bandRow} fill="transparent" />
        {/* A decoration drawn across the lanes: it must never take a click meant for a marker under it. */}
        <line className="ot-attempt__start" x1={a.x0} x2={a.x0} y1={3} y2={props.layout.lanesBottom} />
      </g>
      {a.label && (
        <text aria-hidden="true" x={a.x0 + 4} y={16} className="band-label">
          {a.label}
        </text>
      )}
    </>
  );
});

/** Cautions or overtime attempts too close together to pick one: one target over them all, which zooms in on them (or, on a chart that does not zoom, goes to the first's lap). */
const CrowdTarget = memo(function CrowdTarget(props: ItemProps<Extract<TipSubject, { type: 'crowd' }>> & { hit: HitSpan }) {
  const { crowd, zooms } = props.subject;
  const caution = crowd.row === 'caution';
  const top = caution ? props.layout.stripTop : 0;
  const height = caution ? METRICS.stripHeight : METRICS.bandRow;
  const laps = crowdLaps(crowd);
  const [first, last] = crowdNumbers(crowd);
  const handlers = itemHandlers(props, { lap: laps[0], x: (props.hit.left + props.hit.right) / 2, y: top + height / 2 }, true);
  return (
    <g role="button" aria-label={crowdName(crowd.row, first, last, laps, zooms)} className={`crowd crowd--${crowd.row}`} {...handlers}>
      <rect className="item-hit" x={props.hit.left} y={top} width={props.hit.right - props.hit.left} height={height} fill="transparent" />
    </g>
  );
});
