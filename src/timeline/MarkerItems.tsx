import { memo, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { incidentName } from '../data/race';
import type { TimelineLayout } from './layout';
import { METRICS } from './layout';
import { markerPath } from './shapes';
import { cautionName, crowdName, overtimeName } from './tooltip';
import { crowdLaps, crowdNumbers, FOLLOWED_NOTE_ID, TIP_ID, type TipHandler, type TipSubject } from './marks';

/** A hit area's horizontal extent, from hitSpans(). */
export type HitSpan = { left: number; right: number };

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

export type ItemProps<S extends TipSubject> = {
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

export const Marker = memo(function Marker(props: ItemProps<Extract<TipSubject, { type: 'event' }>> & { selected: boolean }) {
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

export const CautionFlag = memo(function CautionFlag(props: ItemProps<Extract<TipSubject, { type: 'caution' }>> & { hit: HitSpan; hatchId: string }) {
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

export const OvertimeAttempt = memo(function OvertimeAttempt(props: ItemProps<Extract<TipSubject, { type: 'overtime' }>> & { hit: HitSpan }) {
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
export const CrowdTarget = memo(function CrowdTarget(props: ItemProps<Extract<TipSubject, { type: 'crowd' }>> & { hit: HitSpan }) {
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
