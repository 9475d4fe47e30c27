import { driverById } from '../data/race';
import { useApp, useDataset } from '../state/StoreContext';
import { FOLLOWED_NOTE_ID } from './marks';
import { KIND_LANES } from './lanes';
import { markerPath } from './shapes';

/**
 * How to read the chart: certainty is shape fill and line style, cautions are hatched, (when
 * the lanes are drivers) the kind of incident is the marker's shape, and (when following a driver)
 * their incidents are ringed, the others greyed. Never colour alone.
 */
export function Legend() {
  const byDriver = useApp((s) => s.lanes === 'driver');
  const follow = useApp((s) => s.follow);
  const dataset = useDataset();
  // The driver followed, from whichever race has them (two are drawn side by side in a comparison).
  const followed = follow === null ? undefined : [...dataset.races.values()].map((race) => driverById(race, follow)).find((d) => d !== undefined);
  return (
    <>
      <ul className="legend" aria-label="Legend">
        <DotItem dot="exact">exact lap</DotItem>
        <DotItem dot="approximate" range="legend-range">
          approximate (range)
        </DotItem>
        <DotItem dot="inferred" range="legend-range legend-range--inferred">
          inferred
        </DotItem>
        <li>
          <span className="legend-swatch legend-swatch--caution" aria-hidden="true" /> caution
        </li>
        {followed && (
          <>
            <li className="legend-follow">
              <svg width="20" height="20" aria-hidden="true">
                <circle cx="10" cy="10" r="8" className="legend-follow-ring" />
                <circle cx="10" cy="10" r="4.5" className="legend-dot legend-dot--exact" />
              </svg>
              {followed.name}
            </li>
            <DotItem dot="dimmed">other drivers</DotItem>
          </>
        )}
        {byDriver &&
          KIND_LANES.map(({ kind, label }) => (
            <li key={kind} className="legend-kind">
              <svg width="16" height="16" aria-hidden="true">
                <path transform="translate(8,8)" d={markerPath(kind, 5)} className="legend-shape" />
              </svg>
              {label.toLowerCase()}
            </li>
          ))}
      </ul>
      {/* What the ringed and starred incidents (timeline and list) say besides their name: here, as the
          legend is on every page that draws a timeline (one race, two compared, the embed). */}
      <p id={FOLLOWED_NOTE_ID} hidden>
        {followed ? `With ${followed.name}, the driver you follow.` : ''}
      </p>
    </>
  );
}

/** A legend entry: a marker's dot (with the line of its lap range, given `range`'s class), then its words. */
function DotItem({ dot, range, children }: { dot: 'exact' | 'approximate' | 'inferred' | 'dimmed'; range?: string; children: string }) {
  const width = range ? 34 : 16;
  return (
    <li>
      <svg width={width} height="12" aria-hidden="true">
        {range && <line x1="2" x2="32" y1="6" y2="6" className={range} />}
        <circle cx={width / 2} cy="6" r="5" className={`legend-dot legend-dot--${dot}`} />
      </svg>
      {children}
    </li>
  );
}
