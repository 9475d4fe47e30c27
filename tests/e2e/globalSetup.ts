/**
 * Runs once per e2e run, in the main Vitest process: finds Chromium, serves the production
 * build with `vite preview`, and hands both to the tests through provide()/inject().
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the preview server, ending in "/", e.g. "http://127.0.0.1:41234/". */
    baseURL: string;
    /** Chromium executable the tests launch through playwright-core. */
    chromiumPath: string;
  }
}

/** Where we look for a system Chromium, in order, after $CHROME_PATH. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

const INSTALL_HINT =
  'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome/Chromium executable.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns a Chromium executable path, installing Debian's package when running as root on Debian; throws with a fix otherwise. */
export function findChromium(candidates: readonly string[] = CHROMIUM_CANDIDATES): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    // An explicit setting that is wrong should fail loudly, not silently fall back to another browser.
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file. ${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = candidates.find(isExecutable);
  if (found) return found;

  // Fresh CI containers usually run as root on Debian: install the distro package rather than
  // downloading Playwright's browser build (only the npm registry and Debian mirrors are reachable).
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log('[e2e] No Chromium found; running `apt-get update && apt-get install -y chromium`…');
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0 && isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new Error(`Installing Chromium with apt-get failed (exit ${String(result.status)}). ${INSTALL_HINT}`);
  }
  throw new Error(`No Chromium found (looked at $CHROME_PATH, ${candidates.join(', ')}). ${INSTALL_HINT}`);
}

/** Vitest global setup: provides `baseURL` and `chromiumPath`; the returned function closes the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  // LAPLINE_DIST lets the harness be checked against a hand-made page before the app is built.
  const distDir = resolve(root, process.env.LAPLINE_DIST ?? 'dist');
  // Check the build before Chromium, so a missing build never triggers a slow apt-get install.
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(
      `No production build at ${distDir}/index.html. Run \`npm run test:e2e\` (it builds first) or \`npx vite build\`, or set LAPLINE_DIST to a built folder.`,
    );
  }
  const chromiumPath = findChromium();

  // The project's vite.config.ts is loaded so `base` and other preview settings match production;
  // only the folder, host and port are overridden. Port 0 = any free port, so parallel runs never clash.
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) {
    await server.close();
    throw new Error('vite preview started but reported no local URL.');
  }
  console.log(`[e2e] Serving ${distDir} at ${baseURL}; Chromium: ${chromiumPath}`);

  project.provide('baseURL', baseURL.endsWith('/') ? baseURL : `${baseURL}/`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
