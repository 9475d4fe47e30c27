import type { KeyboardEvent } from 'react';
import type { Race } from '../data/schema';
import { phaseAt, phaseLabel } from '../data/race';
import { useApp, useAppStore } from '../state/StoreContext';

/** Laps moved by PageUp/PageDown. */
const PAGE_STEP = 10;

/** The lap a slider key moves to, or null for keys the slider does not handle. */
function keyTarget(key: string, lap: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return lap + 1;
    case 'ArrowLeft':
    case 'ArrowDown':
      return lap - 1;
    case 'PageUp':
      return lap + PAGE_STEP;
    case 'PageDown':
      return lap - PAGE_STEP;
    case 'Home':
      return 1;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The main control: a native range input named "Lap", so mouse, touch and keyboard all work. */
export function LapSlider({ race }: { race: Race }) {
  const lap = useApp((s) => s.lap);
  const store = useAppStore();
  const setLap = (next: number) => store.getState().scrubTo(next);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Browsers disagree on how far PageUp/PageDown move a range input, so every key is handled
    // here the same way everywhere (the WAI-ARIA slider pattern).
    const target = keyTarget(e.key, lap, race.lapsRun);
    if (target === null) return;
    e.preventDefault();
    setLap(target);
  };
  const scheduledPct = ((race.scheduledLaps - 1) / Math.max(1, race.lapsRun - 1)) * 100;
  return (
    <div className="lap-slider">
      <label htmlFor="lap-slider" className="lap-slider__label">
        Lap <span className="lap-slider__value">{lap}</span>
        <span className="lap-slider__of"> of {race.lapsRun}</span>
      </label>
      <input
        id="lap-slider"
        type="range"
        min={1}
        max={race.lapsRun}
        step={1}
        value={lap}
        aria-label="Lap"
        aria-valuetext={`Lap ${lap} of ${race.lapsRun}, ${phaseLabel(phaseAt(race, lap))}`}
        onChange={(e) => setLap(Number(e.target.value))}
        onKeyDown={onKeyDown}
        style={{ ['--scheduled' as string]: `${scheduledPct}%` }}
      />
    </div>
  );
}
