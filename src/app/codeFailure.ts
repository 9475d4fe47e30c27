/**
 * When the app's code cannot load (offline after the page, a redeploy that removed the old hashed
 * files, a blocked file), the page stays as it was drawn, readable, and says so: the message the page
 * carries (index.html, `.boot-failed`) is shown with its Retry, and the controls that only the code
 * can work are hidden, as with JavaScript off (app.css, `html.code-failed`).
 */

/** The class on <html> that shows the message and hides the dead controls. */
export const CODE_FAILED_CLASS = 'code-failed';

/** A part of the app's code that did not load: the page is kept as drawn, with the message (not an error card). */
export class CodeUnavailable extends Error {}

/** Shows the page's "could not load its code" message and hides what cannot work without it. */
export function showCodeFailure(error: unknown): void {
  console.warn('Lapline could not load its code; the page stays as it was drawn, without its controls.', error);
  document.documentElement.classList.add(CODE_FAILED_CLASS);
  // Written now, so that the alert is announced, not only shown.
  const why = document.querySelector('.boot-failed__broken');
  if (why) why.textContent = 'Lapline could not load its code, so this page is shown as it was drawn, without its controls. Check the connection, then Retry.';
}
