/**
 * The comparison's shared slider alone, in a store over the shipped races: its name, ends and spoken
 * value (each race's lap, the lengths only outside no-spoilers mode, the cursor's place by alignment),
 * the readout beside it, following the store without rendering, and its keys moving the shared cursor.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { dataset } from '../../data/load/bundledDataset';
import type { Alignment } from '../../data/align';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import { CompareSlider } from './CompareSlider';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const PAIR: [string, string] = [phoenix.id, roval.id];

// Phoenix ran 179 of 150 scheduled laps, the Roval 70 of 67. By distance every lap end is a step and
// only the scheduled finishes (150/150, 67/67) meet: 179 + 70 - 1 = 248 steps. By laps to go the last
// 70 laps of each race end together: 179 steps. Phoenix's lap 120 is 80% of its distance.
const DISTANCE_STEPS = 248;
const TOGO_STEPS = 179;

type Setup = { align?: Alignment; at?: number; lap?: number; hideAhead?: boolean; compare?: boolean };

function renderSlider({ align = 'distance', at = 0.8, lap = 120, hideAhead = false, compare = true }: Setup = {}) {
  const store = createAppStore(dataset, {
    race: phoenix.id,
    lap,
    event: null,
    quote: null,
    hideAhead,
    compare: compare ? { races: PAIR, align, at } : null,
  });
  let commits = 0;
  render(
    <StoreProvider store={store} dataset={dataset}>
      <Profiler id="slider" onRender={() => commits++}>
        <CompareSlider races={[phoenix, roval]} />
      </Profiler>
    </StoreProvider>,
  );
  return { store, commits: () => commits };
}

const slider = () => screen.getByRole<HTMLInputElement>('slider', { name: 'Both races' });
/** The line beside the slider, for the eye (hidden from screen readers, who hear the value). */
const readout = () => {
  const shown = document.querySelector('.compare-slider__readout')!;
  expect(shown).toHaveAttribute('aria-hidden', 'true');
  return shown.textContent;
};
const at = (store: ReturnType<typeof createAppStore>) => store.getState().compare!.at;

describe('CompareSlider', () => {
  it('is one slider named "Both races", from the first lap end of either race to the last', () => {
    renderSlider();
    expect(screen.getAllByRole('slider')).toEqual([slider()]);
    expect(slider()).toHaveAttribute('min', '0');
    expect(slider()).toHaveAttribute('max', String(DISTANCE_STEPS - 1));
    expect(slider()).toHaveAttribute('step', '1');
  });

  it('says each race’s lap of its length and the cursor’s share of the scheduled distance, and shows the same beside it', () => {
    renderSlider();
    // Phoenix's lap 120 is the 120th step of its 150 and the Roval's lap 53 comes before it (53/67 < 0.8): steps 0..172.
    expect(slider()).toHaveValue(String(120 + 53 - 1));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70; cursor at 80% of the scheduled distance');
    expect(readout()).toBe('Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70 · cursor at 80% of the scheduled distance');
    // Its name and the readout, a word apart (as a reader without the page's styles sees them).
    expect(document.querySelector('.compare-slider__head')!.textContent).toBe(
      'Both races Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70 · cursor at 80% of the scheduled distance',
    );
  });

  it('keeps each number in a box as wide as its longest value, and the cursor’s place in one for its alignment', () => {
    renderSlider();
    const numbers = [...document.querySelectorAll('.compare-slider__readout .compare-slider__number')];
    expect(numbers.map((n) => [n.textContent, n.className])).toEqual([
      ['120', 'compare-slider__number compare-slider__number--3ch'],
      ['53', 'compare-slider__number compare-slider__number--2ch'],
      ['cursor at 80% of the scheduled distance', 'compare-slider__number compare-slider__where--distance'],
    ]);
  });

  it('says laps to go when the races are lined up by their finishes', () => {
    renderSlider({ align: 'togo', at: -59 });
    expect(slider()).toHaveAttribute('max', String(TOGO_STEPS - 1));
    // 59 laps to go: Phoenix's lap 120 is the 120th of its 179 lap ends, the first of all.
    expect(slider()).toHaveValue(String(120 - 1));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 11 of 70; 59 laps to go');
    expect(readout()).toBe('Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 11 of 70 · 59 laps to go');
    expect(screen.getByText('59 laps to go')).toHaveClass('compare-slider__where--togo');
  });

  it('leaves out how long each race ran in no-spoilers mode, and its steps end at the scheduled distance', () => {
    renderSlider({ hideAhead: true });
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120, Charlotte Roval 2025 lap 53; cursor at 80% of the scheduled distance');
    expect(readout()).toBe('Phoenix 2023 lap 120, Charlotte Roval 2025 lap 53 · cursor at 80% of the scheduled distance');
    // 150 + 67 lap ends as far as the reader may know them, the two finishes at one step.
    expect(slider()).toHaveAttribute('max', String(150 + 67 - 2));
  });

  it('shows the lengths again, and the other alignment, when the mode or the alignment changes', () => {
    const { store } = renderSlider({ hideAhead: true });
    act(() => store.getState().setHideAhead(false));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70; cursor at 80% of the scheduled distance');
    expect(readout()).toBe('Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70 · cursor at 80% of the scheduled distance');
    act(() => store.getState().setAlign('togo'));
    expect(at(store)).toBe(-59);
    expect(slider()).toHaveAttribute('max', String(TOGO_STEPS - 1));
    expect(slider()).toHaveValue(String(120 - 1));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 11 of 70; 59 laps to go');
    expect(readout()).toBe('Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 11 of 70 · 59 laps to go');
  });

  it('opens on the first step, by distance, while no comparison is set', () => {
    renderSlider({ compare: false, lap: 1 });
    expect(slider()).toHaveValue('0');
    expect(slider()).toHaveAttribute('max', String(DISTANCE_STEPS - 1));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 1 of 179, Charlotte Roval 2025 lap 1 of 70; cursor at 0.67% of the scheduled distance');
  });

  it('follows the shared cursor moved elsewhere without rendering: value, spoken value and the numbers beside it', () => {
    const { store, commits } = renderSlider();
    const before = commits();
    act(() => store.getState().setCompareAt(121 / 150));
    expect(commits()).toBe(before);
    // Past the Roval's lap 54 (80.6%) to Phoenix's 121 (80.67%): two steps on.
    expect(slider()).toHaveValue(String(172 + 2));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 54 of 70; cursor at 80.67% of the scheduled distance');
    expect(readout()).toBe('Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 54 of 70 · cursor at 80.67% of the scheduled distance');
  });

  it('writes nothing into the slider for a change of something else', () => {
    const { store } = renderSlider();
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(slider(), { attributes: true });
    act(() => store.getState().setLanes('driver'));
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes).toEqual([]);
    expect(slider()).toHaveValue('172');
  });

  it('steps to the next or previous lap end of either race with the arrow keys', async () => {
    const user = userEvent.setup();
    const { store } = renderSlider();
    slider().focus();
    await user.keyboard('{ArrowRight}');
    expect(at(store)).toBeCloseTo(54 / 67, 12);
    expect(slider()).toHaveValue('173');
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 54 of 70; cursor at 80.6% of the scheduled distance');
    await user.keyboard('{ArrowUp}');
    expect(at(store)).toBeCloseTo(121 / 150, 12);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(at(store)).toBe(0.8);
    await user.keyboard('{ArrowDown}');
    // The step before Phoenix's lap 120 is its lap 119 (79.33%), after the Roval's lap 53 (79.1%).
    expect(at(store)).toBeCloseTo(119 / 150, 12);
    expect(slider()).toHaveValue('171');
  });

  it('moves ten steps with PageUp and PageDown, from where the cursor is now', async () => {
    const user = userEvent.setup();
    const { store } = renderSlider();
    act(() => store.getState().setCompareAt(121 / 150));
    slider().focus();
    await user.keyboard('{PageUp}');
    // From step 174, ten lap ends on: Phoenix's laps 122–128 and the Roval's 55–57 (57/67 = 85.07% < 128/150 = 85.33%).
    expect(slider()).toHaveValue('184');
    expect(at(store)).toBeCloseTo(128 / 150, 12);
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 128 of 179, Charlotte Roval 2025 lap 57 of 70; cursor at 85.33% of the scheduled distance');
    await user.keyboard('{PageDown}{PageDown}');
    expect(slider()).toHaveValue('164');
    // Step 164 is the Roval's lap 51 (76.12%), just after Phoenix's lap 114 (76%, step 163).
    expect(at(store)).toBeCloseTo(51 / 67, 12);
  });

  it('goes to the first and the last step with Home and End, and stays there at either end', async () => {
    const user = userEvent.setup();
    const { store } = renderSlider();
    slider().focus();
    await user.keyboard('{End}');
    expect(at(store)).toBeCloseTo(179 / 150, 12);
    expect(slider()).toHaveValue(String(DISTANCE_STEPS - 1));
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 179 of 179, Charlotte Roval 2025 lap 70 of 70; cursor at 119.33% of the scheduled distance');
    await user.keyboard('{ArrowRight}{PageUp}');
    expect(at(store)).toBeCloseTo(179 / 150, 12);
    expect(slider()).toHaveValue(String(DISTANCE_STEPS - 1));
    await user.keyboard('{Home}');
    expect(at(store)).toBe(1 / 150);
    expect(slider()).toHaveValue('0');
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 1 of 179, Charlotte Roval 2025 lap 1 of 70; cursor at 0.67% of the scheduled distance');
    await user.keyboard('{ArrowLeft}{PageDown}');
    expect(at(store)).toBe(1 / 150);
    expect(slider()).toHaveValue('0');
  });

  it('clamps a page near an end to that end', async () => {
    const user = userEvent.setup();
    const { store } = renderSlider();
    slider().focus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}{ArrowRight}{PageDown}');
    expect(at(store)).toBe(1 / 150);
    await user.keyboard('{End}{ArrowLeft}{ArrowLeft}{PageUp}');
    expect(at(store)).toBeCloseTo(179 / 150, 12);
  });

  it('moves the shared cursor to the step a drag gives', () => {
    const { store } = renderSlider();
    fireEvent.change(slider(), { target: { value: '174' } });
    expect(at(store)).toBeCloseTo(121 / 150, 12);
    expect(slider()).toHaveAttribute('aria-valuetext', 'Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 54 of 70; cursor at 80.67% of the scheduled distance');
  });
});
