import type { ButtonHTMLAttributes } from 'react';

/**
 * A button that, when unavailable, says so (aria-disabled) but stays focusable. A real `disabled`
 * would drop the keyboard focus to the page's body the moment a reader reaches a limit (the last
 * incident, the deepest zoom) with the very button that got them there.
 */
export function StayFocusedButton({
  available,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Whether pressing it does anything now. */
  available: boolean;
}) {
  return <button type="button" {...rest} aria-disabled={!available} onClick={available ? onClick : undefined} />;
}
