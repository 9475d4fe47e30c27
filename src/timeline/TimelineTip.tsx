import { isAhead } from '../data/spoilers';
import type { Race } from '../data/schema';
import { useApp } from '../state/StoreContext';
import type { Ref } from 'react';
import { crowdLaps, crowdNumbers, TIP_ID, type TipRequest, type TipSubject } from './marks';
import { cautionTip, crowdTip, eventTip, overtimeTip, tipPlacement, type TipContent } from './tooltip';

function contentOf(subject: TipSubject, race: Race): TipContent {
  switch (subject.type) {
    case 'event':
      return eventTip(subject.marker.event, race);
    case 'caution':
      return cautionTip(subject.caution.caution, subject.caution.index);
    case 'overtime':
      return overtimeTip(subject.attempt.overtime);
    case 'crowd': {
      const { crowd, zooms } = subject;
      const each =
        crowd.row === 'caution'
          ? crowd.members.map((m) => `${cautionTip(m.caution, m.index).heading}: ${m.caution.cause}`)
          : crowd.members.map((m) => `${overtimeTip(m.overtime).heading}: ${m.overtime.summary}`);
      const [first, last] = crowdNumbers(crowd);
      return crowdTip(crowd.row, first, last, crowdLaps(crowd), each, zooms);
    }
  }
}

/**
 * The timeline's tooltip: an HTML overlay (text only) positioned from the layout, shown on hover
 * and on keyboard focus, clear of the lane labels. It takes no pointer events (timeline.css): a
 * mark under it is hovered and clicked as if it were not there; the chart keeps it shown while the
 * pointer is over it (Timeline.tsx). In no-spoilers mode it disappears with its item when the cursor
 * moves back before it.
 */
export function TimelineTip({ tip, race, ref }: { tip: TipRequest; race: Race; ref?: Ref<HTMLDivElement> }) {
  const spoiler = useApp((s) => isAhead(s, tip.lap));
  if (spoiler) return null;
  const content = contentOf(tip.subject, race);
  const place = tipPlacement(tip.x, tip.y, tip.layout.width, tip.layout.narrow ? 4 : tip.layout.plotLeft);
  return (
    <div
      ref={ref}
      id={TIP_ID}
      role="tooltip"
      className={`timeline-tip timeline-tip--${place.above ? 'above' : 'below'}`}
      style={{ left: place.left, top: place.top, maxWidth: place.width }}
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
