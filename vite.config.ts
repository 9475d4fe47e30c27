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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), stopWithParent()],
  // Relative asset paths so the build works from any static host or sub-folder.
  base: './',
  // Never inline assets as data: URLs: the race files and articles are fetched, and the CSP
  // (connect-src 'self') rightly refuses data: URLs.
  // One stylesheet, linked from the page: a prerendered page is drawn before any script runs (the app
  // loads after the first paint, src/app/boot.ts), so no CSS may come with a script.
  build: { target: 'es2022', assetsInlineLimit: 0, cssCodeSplit: false },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Stubbed globals (fetch in the loader tests) and spies never leak into the next test.
    unstubGlobals: true,
    restoreMocks: true,
  },
});
