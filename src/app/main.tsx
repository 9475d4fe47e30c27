import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchDataset } from '../data/fetchDataset';
import { catalogOf, createAppStore } from '../state/store';
import { StoreProvider } from '../state/StoreContext';
import { parseView, serializeView } from '../state/url';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { UrlSync } from './UrlSync';
import './app.css';

const rootElement = document.getElementById('root')!;

/** Last resort when the app cannot start at all: a plain message, never a blank page. */
function showFatal(error: unknown) {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = `Lapline could not start: ${error instanceof Error ? error.message : String(error)}. Reloading the page may help.`;
  rootElement.replaceChildren(message);
}

async function start() {
  const dataset = await fetchDataset();
  const catalog = catalogOf(dataset);
  const { view, problems } = parseView(window.location.search, catalog);
  const store = createAppStore(dataset, view);
  store.getState().setNotices(problems);
  // Show the link for what is actually on screen, so copying the address bar shares a good link.
  window.history.replaceState(null, '', serializeView(view) + window.location.hash);
  createRoot(rootElement).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <p className="fatal">Lapline hit an error: {error.message}. Reloading the page may help.</p>}>
        <StoreProvider store={store} dataset={dataset}>
          <UrlSync catalog={catalog} />
          <App />
        </StoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch(showFatal);
