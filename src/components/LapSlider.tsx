import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Race } from '../data/schema';
import { phaseAt, phaseLabel } from '../data/race';
import { useAppStore } from '../state/StoreContext';
import { sliderKeyTarget } from './sliderKeys';

/** Laps moved by PageUp/PageDown. */
const PAGE_STEP = 10;

/** The slider's spoken value for every lap (index lap − 1): the lap and the part of the race it is in. */
function valueTexts(race: Race): string[] {
  return Array.from({ length: race.lapsRun }, (_, i) => `Lap ${i + 1} of ${race.lapsRun}, ${phaseLabel(phaseAt(race, i + 1))}`);
}

/**
 * The main control: a native range input named "Lap", so mouse, touch and keyboard all work.
 *
 * Scrubbing is its busiest path, so a lap step does not re-render it: the input is uncontrolled
 * (React renders the lap it opens on) and a store subscription writes each new lap into the input,
 * its spoken value and the visible number, as a native slider's own handler would.
 */
export function LapSlider({ race }: { race: Race }) {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const shown = useRef<HTMLSpanElement>(null);
  const lap = store.getState().lap;
  // Worked out once per race, so a lap step only looks its text up.
  const spoken = useMemo(() => valueTexts(race), [race]);
  useLayoutEffect(() => {
    const show = (to: number) => {
      if (input.current) {
        input.current.value = String(to);
        input.current.setAttribute('aria-valuetext', spoken[to - 1] ?? '');
      }
      if (shown.current?.firstChild) shown.current.firstChild.nodeValue = String(to);
    };
    show(store.getState().lap);
    return store.subscribe((state, previous) => state.lap !== previous.lap && show(state.lap));
  }, [store, spoken]);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Browsers disagree on how far PageUp/PageDown move a range input, so every key is handled
    // here the same way everywhere (the WAI-ARIA slider pattern).
    const target = sliderKeyTarget(e.key, store.getState().lap, 1, race.lapsRun, PAGE_STEP);
    if (target === null) return;
    e.preventDefault();
    store.getState().scrubTo(target);
  };
  return (
    <div className="lap-slider">
      <label htmlFor="lap-slider" className="lap-slider__label">
        Lap <span ref={shown} className="lap-slider__value">{String(lap)}</span>
        <span className="lap-slider__of"> of {race.lapsRun}</span>
      </label>
      {/* A block of its own, not a flex item: so the input can be a relayout boundary (app.css). */}
      <div className="lap-slider__track">
        <input
          ref={input}
          id="lap-slider"
          type="range"
          min={1}
          max={race.lapsRun}
          step={1}
          defaultValue={lap}
          aria-label="Lap"
          aria-valuetext={spoken[lap - 1]}
          onChange={(e) => store.getState().scrubTo(Number(e.target.value))}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
