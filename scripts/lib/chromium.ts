/**
 * The one place that finds Chromium (or, as root on Debian, apt-installs it) and the one list of its
 * launch flags, for the end-to-end tests (tests/e2e/) and the measuring scripts (bench, Lighthouse)
 * alike: the system browser, never a downloaded one.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

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


/** The flags every Chromium of the project is launched with. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
