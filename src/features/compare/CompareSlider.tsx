import { Fragment, useMemo, useRef, type Ref } from 'react';
import { axisSteps, type Alignment } from '../../data/align';
import { raceShortName } from '../../data/race';
import type { Race } from '../../data/schema';
import type { Catalog } from '../../state/view';
import { aligned, formatAt, lapInCompare, type CompareView as Comparison } from '../../state/compare';
import { useApp, useAppStore, useCatalog } from '../../state/StoreContext';
import { nearestStep } from '../../data/align';
import { RangeInput } from '../../ui/RangeInput';
import { sliderKeyTarget } from '../../ui/sliderKeys';
import { useSliderFollowsStore } from '../../ui/useSliderFollowsStore';
import { useKnownRaces } from './useKnownRaces';

/** Steps moved by PageUp/PageDown on the shared slider: about ten laps of the longer race. */
const PAGE_STEPS = 10;

/** What the shared slider says at one step: each race's lap, where the cursor is on the axis, and all of it in words. */
type StepText = { laps: [string, string]; where: string; spoken: string };

/** The slider's text at every step (index = step), worked out once per alignment so a step only looks its text up. */
function stepTexts(races: [Race, Race], steps: readonly number[], align: Alignment, catalog: Catalog, withLengths: boolean): StepText[] {
  return steps.map((at) => {
    const compare: Comparison = { races: [races[0].id, races[1].id], align, at };
    const laps = races.map((race) => String(lapInCompare(catalog, compare, race.id))) as [string, string];
    // The cursor's place on the shared axis, said to be the cursor's: past one race's end it is not that race's share.
    const where = align === 'distance' ? `cursor at ${formatAt(at, 'distance')}% of the scheduled distance` : `${formatAt(at, 'togo')} laps to go`;
    const spoken = `${races.map((race, i) => `${raceShortName(race)} lap ${laps[i]}${withLengths ? ` of ${race.lapsRun}` : ''}`).join(', ')}; ${where}`;
    return { laps, where, spoken };
  });
}

/**
 * A lap number on the slider's line, which changes with every step, in a box of a fixed width (in
 * digits, `chars`) with strict containment, which Chromium takes as a relayout boundary: a step lays
 * out these boxes, not the page (as the one race's lap number, app.css). A class, not a style: the
 * CSP refuses style attributes in prerendered markup.
 */
function LapNumber({ chars, ref, children }: { chars: number; ref: Ref<HTMLSpanElement>; children: string }) {
  return (
    <span ref={ref} className={`compare-slider__number compare-slider__number--${Math.min(chars, 5)}ch`}>
      {children}
    </span>
  );
}

/**
 * One slider for both races: each step is the end of a lap of one race or the other (data/align.ts
 * axisSteps). Scrubbing is its busiest path, so, like the one race's slider (LapSlider), a step does
 * not re-render it: the input is uncontrolled and a store subscription writes each new step into the
 * input, its spoken value and the numbers beside it. React renders it again only for a new alignment.
 */
export function CompareSlider({ races }: { races: [Race, Race] }) {
  const store = useAppStore();
  const catalog = useCatalog();
  const align = useApp((s) => s.compare?.align ?? 'distance');
  // The steps of the races as far as the reader may know them (the whole race outside no-spoilers mode).
  const known = useKnownRaces(races);
  const steps = useMemo(() => axisSteps(known.map(aligned), align), [known, align]);
  const lengthsHidden = useApp((s) => s.hideAhead);
  const texts = useMemo(() => stepTexts(races, steps, align, catalog, !lengthsHidden), [races, steps, align, catalog, lengthsHidden]);
  const input = useRef<HTMLInputElement>(null);
  const shownLaps = [useRef<HTMLSpanElement>(null), useRef<HTMLSpanElement>(null)] as const;
  const shownWhere = useRef<HTMLSpanElement>(null);
  const indexOf = (compare: Comparison | null) => (compare ? nearestStep(steps, compare.at) : 0);
  const index = indexOf(store.getState().compare);
  useSliderFollowsStore(
    store,
    input,
    (state) => {
      const to = indexOf(state.compare);
      const shown = texts[to];
      return shown
        ? {
            value: to,
            valueText: shown.spoken,
            texts: [
              [shownLaps[0].current, shown.laps[0]],
              [shownLaps[1].current, shown.laps[1]],
              [shownWhere.current, shown.where],
            ],
          }
        : null;
    },
    (state, previous) => state.compare !== previous.compare,
  );
  // A key's or a drag's step, kept on the axis.
  const goTo = (step: number) => store.getState().setCompareAt(steps[Math.max(0, Math.min(steps.length - 1, step))]!);
  const text = texts[index]!;
  return (
    <div className="lap-slider compare-slider">
      {/* A name that stays put ("Both races"); where each race is, is the value (aria-valuetext),
          shown beside it for the eye. */}
      <div className="compare-slider__head">
        <label htmlFor="compare-slider" className="lap-slider__label">
          Both races
        </label>{' '}
        <span className="compare-slider__readout" aria-hidden="true">
          {races.map((race, i) => (
            <Fragment key={race.id}>
              {i > 0 && ', '}
              {raceShortName(race)} lap{' '}
              <LapNumber ref={shownLaps[i as 0 | 1]} chars={String(race.lapsRun).length}>
                {text.laps[i as 0 | 1]}
              </LapNumber>
              {!lengthsHidden && ` of ${race.lapsRun}`}
            </Fragment>
          ))}
          <span className="muted">
            {' · '}
            {/* Last on the line, so its box can be as wide as its longest text without a gap showing. */}
            <span ref={shownWhere} className={`compare-slider__number compare-slider__where--${align}`}>
              {text.where}
            </span>
          </span>
        </span>
      </div>
      <RangeInput
        inputRef={input}
        id="compare-slider"
        min={0}
        max={steps.length - 1}
        value={index}
        valueText={text.spoken}
        keyTarget={(key) => sliderKeyTarget(key, indexOf(store.getState().compare), 0, steps.length - 1, PAGE_STEPS)}
        onValue={goTo}
      />
    </div>
  );
}
