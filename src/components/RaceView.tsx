import { lazy } from 'react';
import type { Race } from '../data/schema';
import { useMeasuredWidth } from '../timeline/useMeasure';
import { Timeline } from '../timeline/Timeline';
import { AtLapPanel } from './AtLapPanel';
import { IncidentDetails } from './IncidentDetails';
import { IncidentList } from './IncidentList';
import { IncidentStepper } from './IncidentStepper';
import { LapSlider } from './LapSlider';
import { PlaybackControls } from './PlaybackControls';
import { RaceSummary } from './RaceSummary';
import { ShareBar } from './ShareBar';
import { SpoilerToggle } from './SpoilerToggle';
import { WhenVisible } from './WhenVisible';

// Below the fold: its code loads when the reader scrolls towards it, not with the page.
const RaceRecord = lazy(() => import('./RaceRecord').then((m) => ({ default: m.RaceRecord })));

/** One race: the summary, the timeline with its slider, and the panels that follow the cursor. */
export function RaceView({ race }: { race: Race }) {
  const [chartRef, width] = useMeasuredWidth<HTMLDivElement>();
  return (
    <>
      <RaceSummary race={race} />
      <section className="timeline-card" aria-labelledby="timeline-heading">
        <div className="timeline-card__head">
          <h2 id="timeline-heading">Timeline</h2>
          <Legend />
        </div>
        <div ref={chartRef} className="timeline-wrap">
          {width > 0 && <Timeline race={race} width={width} />}
        </div>
        <div className="scrubber">
          <LapSlider race={race} />
          <div className="scrubber__controls">
            <PlaybackControls race={race} />
            <SpoilerToggle />
            <IncidentStepper race={race} />
          </div>
        </div>
      </section>
      <div className="columns">
        <div className="columns__side">
          <AtLapPanel race={race} />
          <IncidentList race={race} />
        </div>
        <div className="columns__main">
          <IncidentDetails race={race} />
          <ShareBar />
        </div>
      </div>
      <WhenVisible label="the full record">
        <RaceRecord race={race} />
      </WhenVisible>
    </>
  );
}

/** How to read a marker: certainty is shape and line style, not colour alone. */
function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <svg width="16" height="12" aria-hidden="true">
          <circle cx="8" cy="6" r="5" className="legend-dot legend-dot--exact" />
        </svg>
        exact lap
      </li>
      <li>
        <svg width="34" height="12" aria-hidden="true">
          <line x1="2" x2="32" y1="6" y2="6" className="legend-range" />
          <circle cx="17" cy="6" r="5" className="legend-dot legend-dot--approximate" />
        </svg>
        approximate (range)
      </li>
      <li>
        <svg width="34" height="12" aria-hidden="true">
          <line x1="2" x2="32" y1="6" y2="6" className="legend-range legend-range--inferred" />
          <circle cx="17" cy="6" r="5" className="legend-dot legend-dot--inferred" />
        </svg>
        inferred
      </li>
      <li>
        <span className="legend-swatch legend-swatch--caution" aria-hidden="true" /> caution
      </li>
    </ul>
  );
}
