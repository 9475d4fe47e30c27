// @ts-check
// The one way a script runs the app's TypeScript (src/…), or a script module that imports it
// (scripts/build/cards/card.mjs, scripts/lib/chromium.ts): Node 20 cannot run TypeScript, so the
// modules go through Vite's SSR loader with the project's own config (vite.config.ts: its plugins,
// its resolution, `?raw` CSS imports), as in the app. The server is in middleware mode: no port, no
// file watcher, no HMR socket, no dependency pre-bundling.
//
// Opening one sets NODE_ENV to "development" when it is unset (Vite does so for any dev server), and
// a later vite build() in the same process keeps it: React's development build. A script that builds
// after loading (scripts/gates/bench.mjs) sets NODE_ENV=production first.
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { ROOT } from './root.mjs';

/**
 * @typedef {object} App The app's modules, loaded through one Vite server.
 * @property {<T = Record<string, unknown>>(modulePath: string) => Promise<T>} load
 *   Loads a module by its path from the project root ("/src/data/dataset.ts"); the type of what it
 *   exports is the caller's to name (`typeof import('…')`).
 * @property {() => Promise<void>} close Stops the server (modules already loaded stay usable).
 */

/**
 * Opens a loader over the project: load as many modules as needed, then close it.
 * @param {{ logLevel?: import('vite').LogLevel }} [options] Vite's log level (default "error").
 * @returns {Promise<App>}
 */
export async function openApp({ logLevel = 'error' } = {}) {
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel,
    appType: 'custom',
    server: { middlewareMode: true, watch: null, ws: false, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  /**
   * @template [T=Record<string, unknown>]
   * @param {string} modulePath
   * @returns {Promise<T>}
   */
  const load = async (modulePath) =>
    // The module's exports, as the caller names them: the one place TypeScript cannot see through
    // (a path loaded at run time).
    /** @type {T} */ (await server.ssrLoadModule(modulePath));
  return { load, close: () => server.close() };
}

/**
 * Loads one module of the app (its path from the project root) and closes the loader again.
 * @template [T=Record<string, unknown>]
 * @param {string} modulePath
 * @param {{ logLevel?: import('vite').LogLevel }} [options]
 * @returns {Promise<T>}
 */
export async function loadApp(modulePath, options) {
  const app = await openApp(options);
  try {
    return await app.load(modulePath);
  } finally {
    await app.close();
  }
}
