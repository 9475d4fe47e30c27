import { useLayoutEffect, useRef, type RefObject } from 'react';
import { writeText } from '../lib/writeText';
import type { AppState, AppStore } from '../state/store';

/** What a slider shows for one state: its value, its end when it can move, its spoken value, and texts beside it. */
export type SliderFrame = {
  value: number;
  /** The input's max, when it follows the state (no spoilers: the race's end as far as the reader may know it). */
  max?: number;
  valueText: string;
  /** Elements whose text node shows part of the value for the eye, and their text. */
  texts?: ReadonlyArray<readonly [Element | null, string]>;
};

/**
 * Keeps an uncontrolled scrubbing slider (ui/RangeInput) in step with the store without React
 * rendering it: a store subscription writes each new value into the input, its spoken value and the
 * numbers beside it, as a native slider's own handler would (DESIGN.md: a lap step at most 2× a
 * native slider's). Shared by the one race's slider and the comparison's.
 *
 * `frameOf` gives what to show for a state (null: nothing to show); `changed` says which updates can
 * move the slider. Both are read as of the latest render, and a render (a new race, alignment or
 * mode) shows the current state again.
 */
export function useSliderFollowsStore(
  store: AppStore,
  input: RefObject<HTMLInputElement | null>,
  frameOf: (state: AppState) => SliderFrame | null,
  changed: (state: AppState, previous: AppState) => boolean,
): void {
  const latest = useRef({ frameOf, changed });
  useLayoutEffect(() => {
    latest.current = { frameOf, changed };
    showFrame(input.current, frameOf(store.getState()));
  });
  useLayoutEffect(
    () => store.subscribe((state, previous) => latest.current.changed(state, previous) && showFrame(input.current, latest.current.frameOf(state))),
    [store, input],
  );
}

function showFrame(input: HTMLInputElement | null, frame: SliderFrame | null): void {
  if (!frame) return;
  if (input) {
    // The end first: a value past the old end would be clamped to it. Written only when it changes.
    if (frame.max !== undefined && input.max !== String(frame.max)) input.max = String(frame.max);
    input.value = String(frame.value);
    input.setAttribute('aria-valuetext', frame.valueText);
  }
  for (const [element, text] of frame.texts ?? []) writeText(element, text);
}
