import type { Ref } from 'react';
import type { LapWindow } from '../data/laps';
import type { Race } from '../data/schema';
import { METRICS } from './layout';
import { Timeline } from './Timeline';

/**
 * The widths a chart is drawn at before it is measured (a prerendered page, until its script runs):
 * the chart's width on any screen 1272 px wide or more (the page is at most 1240 px wide, less its
 * margins and the card's, app.css), and a phone's. The phone's layout is another (labels above the
 * lanes, a taller chart), so a drawing of the other kind, scaled, would be another chart.
 */
export const FIRST_WIDE_WIDTH = 1174;
export const FIRST_NARROW_WIDTH = 380;

/**
 * A race's timeline at the measured `width`; before that (`measured` false), both first drawings,
 * of which CSS shows the one for the screen (timeline.css), stretched across the width the chart
 * will be laid out at. Stretched, not scaled: each mark keeps the height it will have and moves
 * sideways by a pixel or two when the chart is laid out for the screen (none on a wide screen), so
 * nothing moves under a reader's pointer as the app starts, and nothing below the chart moves. The
 * drawing for the screen kept, when measured, is the same element (its key).
 */
export function TimelineDrawings({
  race,
  width,
  measured,
  svgRef,
  lapWindow,
}: {
  race: Race;
  /** The measured width (ignored until `measured`). */
  width: number;
  measured: boolean;
  svgRef?: Ref<SVGSVGElement>;
  /** As Timeline's: a fixed lap window (a comparison). */
  lapWindow?: LapWindow;
}) {
  const drawings = measured
    ? [{ kind: width < METRICS.narrowBelow ? 'narrow' : 'wide', width }]
    : [
        { kind: 'wide', width: FIRST_WIDE_WIDTH },
        { kind: 'narrow', width: FIRST_NARROW_WIDTH },
      ];
  return (
    <>
      {drawings.map(({ kind, width: drawn }) => (
        <div key={kind} className={measured ? 'timeline-layer' : `timeline-layer timeline-layer--first timeline-layer--${kind}`}>
          <Timeline race={race} width={drawn} svgRef={measured || kind === 'wide' ? svgRef : undefined} lapWindow={lapWindow} />
        </div>
      ))}
    </>
  );
}
