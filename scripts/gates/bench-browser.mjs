// @ts-check
// Plumbing shared by the measuring scripts (bench, lighthouse): the same Chromium and flags as the
// end-to-end tests, and `vite preview` on a free port. scripts/lib/chromium.ts is loaded through the
// scripts' loader (scripts/lib/load.mjs; Node 20 cannot import TypeScript): one place finds (or, as root on Debian,
// apt-installs) Chromium and lists its launch flags, for the tests and the scripts; never a downloaded browser.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { loadApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

export { ROOT };

/** The system Chromium and the e2e launch flags: `{ path, args }`. */
export async function chromium() {
  /** @type {typeof import('../lib/chromium.ts')} */
  const { findChromium, CHROMIUM_ARGS } = await loadApp('/scripts/lib/chromium.ts', { logLevel: 'silent' });
  return { path: findChromium(), args: [...CHROMIUM_ARGS] };
}

/**
 * Serves a built folder with `vite preview` (the project's config, any free port); returns `{ url, close }`.
 * `isolated` adds the cross-origin isolation headers (COOP/COEP): in an isolated page Chromium's
 * performance.now() is precise to about 5 µs instead of 100 µs, which sub-millisecond timings need.
 * @param {string} outDir
 * @param {{ isolated?: boolean }} [options]
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export async function serve(outDir, { isolated = false } = {}) {
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No build at ${outDir}/index.html. Run \`npm run build\` first.`);
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: true,
      open: false,
      headers: isolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {},
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview reported no local URL.');
  }
  return { url: url.endsWith('/') ? url : `${url}/`, close: () => server.close() };
}

/**
 * Nearest-rank percentile of numbers (p in 0..100).
 * @param {number[]} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
}

/**
 * `{ p50, p95, max }` rounded to 0.01 ms.
 * @param {number[]} values
 * @returns {{ p50: number; p95: number; max: number }}
 */
export function summary(values) {
  /** @param {number} x */
  const round = (x) => Math.round(x * 100) / 100;
  return { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) };
}
