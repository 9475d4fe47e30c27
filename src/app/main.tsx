import type { RootOptions } from 'react-dom/client';
import { isEmbedded } from '../state/embed';
import { CodeUnavailable, showCodeFailure } from './codeFailure';
import { hydratePage } from './hydratePage';
import './app.css';

const rootElement = document.getElementById('root')!;
const rootOptions: RootOptions = {
  // An error an error boundary caught is handled (it shows its message and Retry where it
  // happened): keep it for the console as a warning, not as an error.
  onCaughtError: (error, info) => console.warn('Handled by an error boundary:', error, info.componentStack),
};

/** Last resort when the app cannot start at all: a plain message, never a blank page. */
function showFatal(error: unknown) {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = `Lapline could not start: ${error instanceof Error ? error.message : String(error)}. Reloading the page may help.`;
  rootElement.replaceChildren(message);
}

// The link the reader opened: applied again if the race it names arrives late (after a Retry).
const openedAt = { pathname: window.location.pathname, search: window.location.search };

// The app puts the page's own address in the address bar (the root shows /<race>/), and the browser
// then looks for the icon again, relative to the new address, where there is none: give it the
// icon's full address first.
for (const icon of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) icon.setAttribute('href', icon.href);

// The embed is a way of showing the page (a class on <html>, CSS does the rest), set before the first
// render so a prerendered page hydrates unchanged.
const embedded = isEmbedded(openedAt.search);
if (embedded) {
  document.documentElement.classList.add('embedded');
  // Only an embed reports its height: its code loads only there.
  import('./embedHeight').then(
    ({ reportHeightToHost }) => reportHeightToHost(),
    () => {}, // the host keeps the iframe's own height
  );
}

try {
  const dataBlock = document.getElementById('lapline-data');
  // The site's 404 page (app/notFound.ts, in a chunk of its own: no other page needs it).
  const notFoundBlock = document.getElementById('lapline-not-found');
  let hydrated = false;
  if (notFoundBlock) {
    hydrated = true;
    import('./notFound').then(({ startNotFound }) => startNotFound(rootElement, notFoundBlock.textContent ?? '', rootOptions, showFatal), showCodeFailure);
  } else if (dataBlock) {
    try {
      // Reading the block throws at once when it is unreadable; hydrating may wait for a code-split part.
      // A part of the code it needs first that cannot load (the comparison's) leaves the page as drawn, and says so.
      hydratePage(rootElement, dataBlock.textContent ?? '', openedAt, { embedded, rootOptions }).catch((error: unknown) =>
        error instanceof CodeUnavailable ? showCodeFailure(error.cause) : showFatal(error),
      );
      hydrated = true;
    } catch (error) {
      // The page's own data is unreadable (a damaged file, a bad proxy): fetch it as any page would.
      console.warn('The prerendered page could not be hydrated; loading its data instead.', error);
    }
  }
  // Any other page (the dev server, a page whose data is unreadable): the loader that fetches the
  // data, with progress, in a chunk of its own, since a prerendered page never needs it.
  if (!hydrated) {
    import('./startProgressively').then(({ startProgressively }) => startProgressively(rootElement, rootOptions, openedAt, showFatal), showCodeFailure);
  }
} catch (error) {
  showFatal(error);
}

// For whatever waits for the app (the end-to-end tests, the benchmarks): its code is running, and the
// page is hydrating or loading (boot.ts loads this module after the first paint).
document.documentElement.dataset.started = '';
