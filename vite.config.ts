/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the production build. Only in the build: the dev server injects
 * an inline script (React Refresh) that this policy rightly forbids.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lapline-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * `npm run dev` starts Vite through a shell; stopping npm (SIGTERM, a closed terminal, an IDE's
 * stop button) kills the shell but not Vite, which would keep serving, orphaned. The dev server
 * therefore stops itself when its parent process goes away (it is re-parented). Works wherever
 * Node reports process.ppid, Windows included.
 */
function stopWithParent(): Plugin {
  const watch = (server: { close: () => Promise<void>; httpServer: { on: (event: 'close', listener: () => void) => unknown } | null }) => {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent) void server.close().finally(() => process.exit(0));
    }, 1000);
    timer.unref();
    server.httpServer?.on('close', () => clearInterval(timer));
  };
  return { name: 'lapline-stop-with-parent', apply: 'serve', configureServer: watch, configurePreviewServer: watch };
}

/**
 * The app's first-load code in one chunk. The page's script (src/app/boot.ts) loads the app
 * (src/app/main.tsx) once the page has painted; left to itself, the bundler splits what the app
 * shares with its code-split parts into many small chunks (the store, the URL code, the race queries,
 * …), which the browser fetches at once and which compress worse apart than together (about 1.5 KB
 * gzipped in all). This plugin finds main.tsx and what it imports statically, less what boot.ts
 * imports (that must stay in the page's own small script), and the chunking group below puts it in one
 * chunk, `app`, which boot.ts still loads with import(), after the paint.
 */
function firstLoadChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const app = new Set<string>();
  const boot = new Set<string>();
  const plugin: Plugin = {
    name: 'lapline-first-load-chunk',
    apply: 'build',
    buildEnd() {
      const walk = (from: string | undefined, into: Set<string>) => {
        const queue = [from];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (into.has(id)) continue;
          into.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      };
      const ids = [...this.getModuleIds()];
      const find = (path: string) => ids.find((id) => id.replace(/\\/g, '/').endsWith(path));
      walk(find('/src/app/main.tsx'), app);
      walk(find('/src/app/boot.ts'), boot);
    },
  };
  const test = (id: string) => app.has(id) && !boot.has(id);
  return { plugin, test };
}
const firstLoad = firstLoadChunk();

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), stopWithParent(), firstLoad.plugin],
  // Relative asset paths so the build works from any static host or sub-folder.
  base: './',
  // Never inline assets as data: URLs: the race files and articles are fetched, and the CSP
  // (connect-src 'self') rightly refuses data: URLs.
  // One stylesheet, linked from the page: a prerendered page is drawn before any script runs (the app
  // loads after the first paint, src/app/boot.ts), so no CSS may come with a script.
  // The modulepreload polyfill is left out: every browser the build targets preloads modules itself,
  // or simply does not (the app's chunks then load as they are imported).
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: firstLoad.test, includeDependenciesRecursively: false }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // A component test that renders the whole app takes 1–3 s on an idle 2-core machine and more on a
    // busy one (CI's other steps, a mutation run): Vitest's default 5 s limit failed such tests there.
    // A limit catches a hang, not slowness; timings are measured by the benchmarks, never here.
    testTimeout: 30_000,
    // Stubbed globals (fetch in the loader tests) and spies never leak into the next test.
    unstubGlobals: true,
    restoreMocks: true,
    // A stylesheet imported as text (`?raw`: the link-preview cards read the app's and the timeline's
    // CSS for their colours, scripts/build/cards/chart.mjs) is its text in tests too, as in the build;
    // stylesheets imported for their styles stay out of jsdom, as before.
    css: { include: [/\.css\?raw$/] },
  },
});
