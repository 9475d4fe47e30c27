/**
 * The page's only script tag: it loads the app (main.tsx) once the page has been painted.
 *
 * A prerendered page is whole before any script runs: its markup and its one stylesheet draw it, and
 * it reads with JavaScript off. The app's code (about 94 KB gzipped) only makes it interactive. Asked
 * for at once, that code competes with the page's HTML and stylesheet for a slow phone network, and
 * its start-up can run before the browser paints; asked for once the first paint is on screen, it does
 * neither. The price: the page becomes interactive a little later (the code's download starts after
 * the paint instead of during the HTML's). A page with no prerendered content (the dev server) only
 * shows its "Loading the races…" line a moment longer.
 */
import { afterFirstPaint } from './afterFirstPaint';
import { showCodeFailure } from './codeFailure';
import { keepEarlyPresses } from '../ui/earlyInput';

// A button pressed before the app is there is pressed again once it is (ui/earlyInput.ts).
keepEarlyPresses();

afterFirstPaint(() => {
  // The page stays as it was drawn, readable, and says that its controls could not start.
  import('./main').catch(showCodeFailure);
});
