/**
 * Runs once per e2e run, in the main Vitest process: finds Chromium, serves the production
 * build with `vite preview`, and hands both to the tests through provide()/inject().
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the preview server, ending in "/", e.g. "http://127.0.0.1:41234/". */
    baseURL: string;
    /** Chromium executable the tests launch through playwright-core. */
    chromiumPath: string;
  }
}

/** Vitest global setup: provides `baseURL` and `chromiumPath`; the returned function closes the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  // DIST is dist/, or LAPLINE_DIST: that lets the harness be checked against a hand-made page before the app is built.
  // Check the build before Chromium, so a missing build never triggers a slow apt-get install.
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(
      `No production build at ${DIST}/index.html. Run \`npm run test:e2e\` (it builds first) or \`npx vite build\`, or set LAPLINE_DIST to a built folder.`,
    );
  }
  const chromiumPath = findChromium();

  // The project's vite.config.ts is loaded so `base` and other preview settings match production;
  // only the folder, host and port are overridden. Port 0 = any free port, so parallel runs never clash.
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) {
    await server.close();
    throw new Error('vite preview started but reported no local URL.');
  }
  console.log(`[e2e] Serving ${DIST} at ${baseURL}; Chromium: ${chromiumPath}`);

  project.provide('baseURL', baseURL.endsWith('/') ? baseURL : `${baseURL}/`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
