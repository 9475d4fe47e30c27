import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoadingProgress } from '../components/LoadingProgress';
import { readyToOpen, type Dataset } from '../data/dataset';
import { loadDataset } from '../data/fetchDataset';
import { catalogOf, updateCatalog, type AppStore } from '../state/store';
import { parseView } from '../state/url';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoot, startApp } from './startApp';
import './app.css';

const rootElement = document.getElementById('root')!;
const root = createRoot(rootElement, {
  // An error an error boundary caught is handled (it shows its message and Retry where it
  // happened): keep it for the console as a warning, not as an error.
  onCaughtError: (error, info) => console.warn('Handled by an error boundary:', error, info.componentStack),
});

/** Last resort when the app cannot start at all: a plain message, never a blank page. */
function showFatal(error: unknown) {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = `Lapline could not start: ${error instanceof Error ? error.message : String(error)}. Reloading the page may help.`;
  rootElement.replaceChildren(message);
}

// The link the reader opened: applied again if the race it names arrives late (after a Retry).
const openedWith = window.location.search;
let store: AppStore | null = null;
let previous: Dataset | null = null;

try {
  const loader = loadDataset();
  loader.subscribe(({ dataset, files }) => {
    try {
      if (!store) {
        // Progress until the race the link asks for (with the quotes and articles) is in; the others follow.
        if (!dataset || !readyToOpen(dataset, openedWith)) return root.render(<LoadingProgress files={files} />);
        store = startApp(dataset, openedWith).store;
      } else if (dataset) {
        updateCatalog(store, dataset);
        const current = store.getState().race;
        if (previous && !previous.races.has(current) && dataset.races.has(current)) {
          const { view, problems } = parseView(new URLSearchParams(openedWith).get('race') === current ? openedWith : `?race=${current}`, catalogOf(dataset));
          store.getState().applyView(view, problems);
        }
      }
      previous = dataset;
      root.render(
        <StrictMode>
          <ErrorBoundary fallback={(error) => <p className="fatal">Lapline hit an error: {error.message}. Reloading the page may help.</p>}>
            <AppRoot store={store} dataset={dataset!} retryRace={loader.retryRace} />
          </ErrorBoundary>
        </StrictMode>,
      );
    } catch (error) {
      showFatal(error);
    }
  });
} catch (error) {
  showFatal(error);
}
