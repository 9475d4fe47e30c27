import { useMemo, useRef } from 'react';
import type { Race } from '../../data/schema';
import { phaseAt, phaseLabel } from '../../data/race';
import { lapsKnown, outcomeHidden } from '../../data/spoilers';
import { useApp, useAppStore } from '../../state/StoreContext';
import { RangeInput } from '../../ui/RangeInput';
import { sliderKeyTarget } from '../../ui/sliderKeys';
import { useSliderFollowsStore } from '../../ui/useSliderFollowsStore';

/** Laps moved by PageUp/PageDown. */
const PAGE_STEP = 10;

/**
 * The slider's spoken value for every lap (index lap − 1): the lap and the part of the race it is in,
 * with the laps run ("Lap 60 of 179") or, while no-spoilers mode hides how long the race ran, without.
 */
function valueTexts(race: Race, withLapsRun: boolean): string[] {
  return Array.from({ length: race.lapsRun }, (_, i) => `Lap ${i + 1}${withLapsRun ? ` of ${race.lapsRun}` : ''}, ${phaseLabel(phaseAt(race, i + 1))}`);
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
  const spoken = useMemo(() => ({ whole: valueTexts(race, true), hidden: valueTexts(race, false) }), [race]);
  // No spoilers: "of 179" would tell how long the race ran (four overtimes) before the cursor gets there.
  const lengthHidden = useApp((s) => outcomeHidden(s, race));
  // ...nor its end: the thumb's place at lap 60 would tell a 179-lap race from a 150-lap one.
  const end = lapsKnown(race, store.getState());
  useSliderFollowsStore(
    store,
    input,
    (state) => ({
      value: state.lap,
      max: lapsKnown(race, state),
      valueText: (outcomeHidden(state, race) ? spoken.hidden : spoken.whole)[state.lap - 1] ?? '',
      texts: [[shown.current, String(state.lap)]],
    }),
    (state, previous) => state.lap !== previous.lap || state.hideAhead !== previous.hideAhead,
  );
  return (
    <div className="lap-slider">
      <label htmlFor="lap-slider" className="lap-slider__label">
        Lap <span ref={shown} className="lap-slider__value">{String(lap)}</span>
        {!lengthHidden && <span className="lap-slider__of"> of {race.lapsRun}</span>}
      </label>
      <RangeInput
        inputRef={input}
        id="lap-slider"
        min={1}
        max={end}
        value={lap}
        label="Lap"
        valueText={(lengthHidden ? spoken.hidden : spoken.whole)[lap - 1]}
        keyTarget={(key) => {
          const state = store.getState();
          return sliderKeyTarget(key, state.lap, 1, lapsKnown(race, state), PAGE_STEP);
        }}
        onValue={(to) => store.getState().scrubTo(to)}
      />
    </div>
  );
}
