/**
 * What a reader does on a prerendered page before the app has started (its code loads after the
 * first paint, boot.ts), so that it is applied once the app is there, never lost or silently undone:
 * - a form control changed (the lap slider dragged, "Hide what happens after this lap" ticked, a
 *   speed, a theme, a driver to follow chosen) is found by its value differing from the page's
 *   markup, and handed to the app's own handler once hydrated, as if the reader did it then;
 * - the last press of a button the app handles (a marker, Play, Next incident) is kept, and pressed
 *   again once hydrated. Not the share bar's: copying and sharing need the reader's own gesture.
 * Links work before the app starts, as links; they are left alone.
 */

/**
 * The attribute of a part of the page that hydrates later than the rest (its code loads after the
 * app's: ui/LazyPart.tsx PrerenderedPart): what the reader does inside it is applied when that
 * part is on the page, not when the app starts.
 */
export const LATE_PART = 'data-late-part';

/** What a keeper of early input gives when taken: the replays of what it kept. */
export type EarlyInput = { changes: () => void; press: () => void };

/** A press kept by the page before the app started, left for the late part it fell in. */
const handedOver = new WeakMap<Element, Element>();

/**
 * Starts keeping the reader's presses inside `scope` (the page's root, or a late part). A press to
 * keep: a button or button-like element, not a link, not a share action, the last one only.
 * `take` stops keeping and returns what replays them, and the controls changed in `scope`, leaving
 * out those in late parts when `scope` is the page (each part takes its own, later).
 */
export function keepInput(scope: Element): { take: () => EarlyInput } {
  let pressed: Element | null = null;
  const keep = (target: EventTarget | null) => {
    const button = target instanceof Element ? target.closest('button, [role="button"]') : null;
    if (button && scope.contains(button) && !button.closest('.share')) pressed = button;
  };
  const onClick = (e: MouseEvent) => keep(e.target);
  // A chart item is a button to a keyboard too (Enter, Space); a native button's keys make a click of their own.
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.matches('[role="button"]')) keep(e.target);
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  return {
    take: () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      const isPage = !scope.hasAttribute(LATE_PART);
      let press = pressed ?? handedOver.get(scope) ?? null;
      const late = press?.closest(`[${LATE_PART}]`);
      if (isPage && press && late) {
        handedOver.set(late, press);
        press = null;
      }
      return replays(scope, press, isPage);
    },
  };
}

/** The page's keeper, started as the page loads (boot.ts). */
let page: { take: () => EarlyInput } | null = null;

/** Starts keeping the reader's presses on the page (boot.ts, as the page loads). */
export function keepEarlyPresses(): void {
  page ??= keepInput(document.getElementById('root') ?? document.documentElement);
}

/** A form control the reader changed before the app started: the element and what they set. */
type Changed = { element: HTMLInputElement | HTMLSelectElement; value: string; checked: boolean };

/** The value a select's markup gives it: its option marked selected, else its first. */
function markupValue(select: HTMLSelectElement): string {
  const options = Array.from(select.options);
  return (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
}

/**
 * What the reader did before the app took over the page under `root`: call it just before hydrating,
 * when React starts handling the page's events itself. Returns what replays it once the app is
 * mounted: `changes` before anything is painted (so that nothing the reader set is shown undone),
 * `press` once the app follows the address (a selection it makes is a new history entry).
 */
export function takeEarlyInput(root: HTMLElement): EarlyInput {
  const kept = page ?? keepInput(root);
  page = null;
  return kept.take();
}

/** The replays of a press and of the controls changed in `scope` (those of late parts left out of the page's). */
function replays(scope: Element, press: Element | null, isPage: boolean): EarlyInput {
  const changed: Changed[] = [];
  for (const element of scope.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (isPage && element.closest(`[${LATE_PART}]`)) continue;
    const differs =
      element instanceof HTMLSelectElement
        ? element.value !== markupValue(element)
        : element.type === 'checkbox' || element.type === 'radio'
          ? element.checked !== element.defaultChecked && (element.type === 'checkbox' || element.checked)
          : element.value !== element.defaultValue;
    if (differs) changed.push({ element, value: element.value, checked: element instanceof HTMLInputElement && element.checked });
  }
  return {
    changes: () => {
      for (const change of changed) if (change.element.isConnected) replayChange(change);
    },
    press: () => {
      if (press?.isConnected) press.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    },
  };
}

/**
 * Hands a change to React as a change: React reports one only when the value differs from the one
 * it last saw, which on hydration is the value already changed. So the control is set back to the
 * markup's value through its own property (which React watches), then to the reader's through the
 * element's native setter (which it does not), and given the event React listens to for it.
 */
function replayChange({ element, value, checked }: Changed) {
  if (element instanceof HTMLSelectElement) {
    // React takes a select's change from the event and its value, without a record of the last one.
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (element.type === 'checkbox' || element.type === 'radio') {
    element.checked = !checked;
    // A click toggles it (back to the reader's choice) and is the event React takes a box's change from.
    element.click();
  } else {
    element.value = element.defaultValue;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
