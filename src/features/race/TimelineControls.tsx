import { StayFocusedButton } from '../../ui/StayFocusedButton';
import { useState, type RefObject } from 'react';
import { spanText } from '../../data/race';
import type { Race } from '../../data/schema';
import { capitalise } from '../../lib/text';
import { lapsKnown, outcomeHidden } from '../../data/spoilers';
import { useApp, useAppStore } from '../../state/StoreContext';
import { canZoomIn, finalLapsWindow, sameZoom } from '../../data/laps';
import type { LaneMode } from '../../data/timelineView';

const laneMode = (value: string): LaneMode => (value === 'driver' ? 'driver' : 'kind');

/**
 * The timeline's toolbar: lanes by kind or driver, zoom (in, out, the final laps, reset) and download
 * as SVG or PNG. Zoom and lanes are in the link.
 */
export function TimelineControls({ race, svgRef }: { race: Race; svgRef: RefObject<SVGSVGElement | null> }) {
  const zoom = useApp((s) => s.zoom);
  // No spoilers: how long the race ran is not told before the finish.
  const lengthHidden = useApp((s) => outcomeHidden(s, race));
  const lanes = useApp((s) => s.lanes);
  const store = useAppStore();
  const [message, setMessage] = useState('');
  // No spoilers: the final third of the race as far as the reader may know it, so the preset's window
  // does not tell the length (the known length changes only past the scheduled distance).
  const knownLaps = useApp((s) => lapsKnown(race, s));
  const finalLaps = finalLapsWindow({ lapsRun: knownLaps });

  const download = async (format: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    const { lap } = store.getState();
    const range = zoom ? `, ${spanText(zoom[0], zoom[1])}` : '';
    try {
      // Loaded on first use: most readers never export, so it stays out of the first-load bundle.
      const { downloadBlob, exportFileName, standaloneSvg, svgToPng } = await import('../../timeline/export');
      const fileName = exportFileName(race.id, lap, format);
      const { text, width, height } = standaloneSvg(svg, `${race.name} · lap ${lap}${outcomeHidden(store.getState(), race) ? '' : ` of ${race.lapsRun}`}${range}`);
      const blob = format === 'svg' ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(text, width, height, 2);
      downloadBlob(blob, fileName);
      setMessage(`Downloaded ${fileName}`);
    } catch (error) {
      setMessage(`Could not make the ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="timeline-controls">
      <label className="timeline-controls__field">
        <span>Group by</span>
        <select value={lanes} onChange={(e) => store.getState().setLanes(laneMode(e.target.value))}>
          <option value="kind">Kind of incident</option>
          <option value="driver">Driver</option>
        </select>
      </label>
      <div className="timeline-controls__group" role="group" aria-label="Zoom">
        <StayFocusedButton className="button button--small" onClick={() => store.getState().zoomBy('in')} available={canZoomIn(zoom, knownLaps)}>
          <span aria-hidden="true">+</span>
          <span className="wide-only"> Zoom in</span>
        </StayFocusedButton>
        <StayFocusedButton className="button button--small" onClick={() => store.getState().zoomBy('out')} available={zoom !== null}>
          <span aria-hidden="true">−</span>
          <span className="wide-only"> Zoom out</span>
        </StayFocusedButton>
        {finalLaps && (
          <button
            type="button"
            className="button button--small"
            aria-pressed={sameZoom(zoom, finalLaps)}
            onClick={() => store.getState().setZoom(finalLaps)}
          >
            Final laps
          </button>
        )}
        <StayFocusedButton className="button button--small" onClick={() => store.getState().setZoom(null)} available={zoom !== null}>
          Reset zoom
        </StayFocusedButton>
        <span className="timeline-controls__status" aria-live="polite">
          {zoom ? `${capitalise(spanText(zoom[0], zoom[1]))}${lengthHidden ? '' : ` of ${race.lapsRun}`}` : <span className="visually-hidden">{lengthHidden ? 'All laps' : `All ${race.lapsRun} laps`}</span>}
        </span>
      </div>
      <div className="timeline-controls__group" role="group" aria-label="Download">
        <button type="button" className="button button--small" onClick={() => void download('svg')}>
          <span className="wide-only">Download</span> SVG
        </button>
        <button type="button" className="button button--small" onClick={() => void download('png')}>
          <span className="wide-only">Download</span> PNG
        </button>
        <span className="timeline-controls__status" aria-live="polite">
          {message}
        </span>
      </div>
    </div>
  );
}
