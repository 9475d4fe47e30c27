import { useRef } from 'react';
import type { Race } from '../../data/schema';
import { useMeasuredWidth } from '../../timeline/useMeasure';
import { TimelineDrawings } from '../../timeline/TimelineDrawings';
import { loadFollowControl, loadFollowedAt } from '../../features/follow/followLoaders';
import { AtLapPanel } from '../../features/race/AtLapPanel';
import { IncidentStepper } from '../../features/incident/IncidentStepper';
import { LapSlider } from '../../features/race/LapSlider';
import { LazyPart, PrerenderedPart, preloadPart } from '../../ui/LazyPart';
import { PlaybackControls } from '../../features/race/PlaybackControls';
import { SpoilerToggle } from '../../features/race/SpoilerToggle';
import { WhenVisible } from '../../ui/WhenVisible';
// Follow's styles ship with the page (its code is a chunk of its own): a prerendered page shows the control before that arrives.
import '../../features/follow/follow.css';


// Drawn on a prerendered page but not needed to scrub or select: their code loads after the app's,
// and the page shows them as drawn until it is in (PrerenderedPart). app/prerender.tsx loads them first.
export const loadRaceSummary = () => import('../../features/race/RaceSummary').then((m) => m.RaceSummary);
export const loadLegend = () => import('../../timeline/Legend').then((m) => m.Legend);
export const loadTimelineControls = () => import('../../features/race/TimelineControls').then((m) => m.TimelineControls);
/** Copy link, Share and Embed: drawn on the page, working once their chunk is in (the first-load budget). */
export const loadShareBar = () => import('../../features/share/ShareBar').then((m) => m.ShareBar);
/**
 * The list of incidents: plain links to their pages as drawn (they work before the app), selecting
 * in place once its code is in. Not needed to scrub, so not in the first load.
 */
export const loadIncidentList = () => import('../../features/incident/IncidentList').then((m) => m.IncidentList);
/**
 * The selected incident's details: drawn by the page, live as soon as their code is in (preloaded
 * right after the page starts), so the first load's JavaScript is what scrubbing needs.
 */
export const loadIncidentDetails = () => import('../../features/incident/IncidentDetails').then((m) => m.IncidentDetails);
/** The links to this race side by side with each other race. */
export const loadCompareLinks = () => import('../../features/compare/CompareLinks').then((m) => m.CompareLinks);

// Below the fold: its code loads when the reader scrolls towards it, not with the page.
const loadRaceRecord = () => import('../../features/record/RaceRecord').then((m) => m.RaceRecord);
const preloadRaceRecord = () => preloadPart(loadRaceRecord);

/** One race: the summary, the timeline with its slider, and the panels that follow the cursor. */
export function RaceView({ race }: { race: Race }) {
  // Before the chart is measured (a prerendered page, JavaScript still on its way) it is drawn for a
  // wide screen and for a phone, and CSS shows the one for the screen (TimelineDrawings).
  const [chartRef, width, measured] = useMeasuredWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  return (
    <>
      <PrerenderedPart loader={loadRaceSummary} label="The race’s summary" props={{ race }} />
      <section className="timeline-card" aria-labelledby="timeline-heading">
        <div className="timeline-card__head">
          <h2 id="timeline-heading">Timeline</h2>
          <PrerenderedPart loader={loadLegend} label="The legend" props={{}} />
        </div>
        {/* The chart and the slider come first, so on a phone they share the first screen; the
            chart's options (lanes, zoom, downloads) follow them. */}
        <div ref={chartRef} className="timeline-wrap">
          <TimelineDrawings race={race} width={width} measured={measured} svgRef={svgRef} />
        </div>
        <div className="scrubber">
          <LapSlider race={race} />
          <div className="scrubber__controls">
            <PlaybackControls race={race} />
            <SpoilerToggle />
            <IncidentStepper race={race} />
          </div>
        </div>
        {/* Its code loads on demand; until then (never on a prerendered page) the row holds its place. */}
        <PrerenderedPart loader={loadFollowControl} label="Follow a driver" props={{ race }} loading={<div className="follow follow--loading" aria-hidden="true" />} />
        <PrerenderedPart loader={loadTimelineControls} label="The timeline’s controls" props={{ race, svgRef }} />
      </section>
      {/* Under the timeline card, not in it: on a phone the chart and the slider keep the first screen. */}
      <PrerenderedPart loader={loadCompareLinks} label="The comparisons" props={{ race }} />
      {/* The selected incident comes first in reading order (and first on a phone, right under the
          slider); on a wide screen the side column is drawn to its left. */}
      <div className="columns">
        <div className="columns__main">
          <PrerenderedPart loader={loadIncidentDetails} label="The incident’s details" props={{ race }} />
          <PrerenderedPart loader={loadShareBar} label="Copy link and Share" props={{}} />
        </div>
        <div className="columns__side">
          <AtLapPanel race={race} followedAt={loadFollowedAt} />
          <PrerenderedPart loader={loadIncidentList} label="The list of incidents" props={{ race }} />
        </div>
      </div>
      <WhenVisible label="the full record" preload={preloadRaceRecord}>
        <LazyPart
          loader={loadRaceRecord}
          label="The full record"
          props={{ race }}
          loading={
            <div className="panel placeholder">
              <p className="muted">Loading the full record…</p>
            </div>
          }
        />
      </WhenVisible>
    </>
  );
}
