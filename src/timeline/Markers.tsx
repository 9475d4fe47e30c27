import { isAhead } from '../data/spoilers';
import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type { AppStore } from '../state/store';
import { useApp, useAppStore } from '../state/StoreContext';
import type { CautionLayout, OvertimeAttemptLayout, TimelineLayout } from './layout';
import { crowdedGroups, hitSpans } from './hitSpans';
import { useShownCount } from './useShownCount';
import { crowdLaps, HATCH_ID, type Crowd, type TipHandler, type TipSubject } from './marks';
import { CautionFlag, CrowdTarget, Marker, OvertimeAttempt, type HitSpan } from './MarkerItems';

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
