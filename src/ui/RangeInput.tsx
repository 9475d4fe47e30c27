import type { KeyboardEvent, Ref } from 'react';

/**
 * A scrubbing slider's native range input (the lap, both races), uncontrolled: React renders the
 * value it opens on and the slider writes each new one into it from the store, so a step renders
 * nothing (DESIGN.md's budget). Every key is handled here the same way in every browser (the
 * WAI-ARIA slider pattern: `keyTarget`, ui/sliderKeys.ts), since browsers disagree on how far
 * PageUp/PageDown move a range input; a key or a drag gives `onValue` the value to go to.
 */
export function RangeInput({
  inputRef,
  id,
  min,
  max,
  value,
  valueText,
  label,
  keyTarget,
  onValue,
}: {
  inputRef: Ref<HTMLInputElement>;
  id: string;
  min: number;
  max: number;
  /** The value it opens on. */
  value: number;
  valueText: string | undefined;
  /** Its name, when no <label> names it. */
  label?: string;
  /** The value a key moves to from where the slider is now, or null for a key it does not handle. */
  keyTarget: (key: string) => number | null;
  onValue: (value: number) => void;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target = keyTarget(e.key);
    if (target === null) return;
    e.preventDefault();
    onValue(target);
  };
  return (
    // A block of its own, not a flex item: so the input can be a relayout boundary (app.css).
    <div className="lap-slider__track">
      <input
        ref={inputRef}
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        defaultValue={value}
        aria-label={label}
        aria-valuetext={valueText}
        onChange={(e) => onValue(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
