import type { Race } from '../data/schema';
import { useApp } from '../state/StoreContext';
import { TIP_ID, type TipRequest, type TipSubject } from './Markers';
import { cautionTip, eventTip, overtimeTip, tipPlacement, type TipContent } from './tooltip';

function contentOf(subject: TipSubject, race: Race): TipContent {
  switch (subject.type) {
    case 'event':
      return eventTip(subject.marker.event, race);
    case 'caution':
      return cautionTip(subject.caution.caution, subject.caution.index);
    case 'overtime':
      return overtimeTip(subject.attempt.overtime);
  }
}

/**
 * The timeline's tooltip: an HTML overlay (text only) positioned from the layout, shown on hover
 * and on keyboard focus. In no-spoilers mode it disappears with its item when the cursor moves
 * back before it.
 */
export function TimelineTip({
  tip,
  race,
  onPointerEnter,
  onPointerLeave,
  onActivate,
}: {
  tip: TipRequest;
  race: Race;
  /** The pointer moved onto the tooltip: keep it (it is hoverable). */
  onPointerEnter?: () => void;
  /** The pointer left the tooltip: hide it. */
  onPointerLeave?: () => void;
  /** A click on the tooltip: what a click on its mark does (it covers that part of the chart). */
  onActivate?: () => void;
}) {
  const spoiler = useApp((s) => s.hideAhead && tip.lap > s.lap);
  if (spoiler) return null;
  const content = contentOf(tip.subject, race);
  const place = tipPlacement(tip.x, tip.y, tip.layout.width);
  return (
    <div
      id={TIP_ID}
      role="tooltip"
      className={`timeline-tip timeline-tip--${place.above ? 'above' : 'below'}`}
      style={{ left: place.left, top: place.top, maxWidth: place.width }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onClick={onActivate}
    >
      <p className="timeline-tip__heading">{content.heading}</p>
      <p className="timeline-tip__title">{content.title}</p>
      {content.lines.map((line, i) => (
        <p key={i} className="timeline-tip__line">
          {line}
        </p>
      ))}
    </div>
  );
}
