import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// Any console.error in a unit or component test is a failure, React warnings included (the core's
// setup, which checks it after each test: hooks run last-registered first, so the cleanup below
// runs before the check).
import './setup.core';

// Testing Library's findBy/waitFor give up after 1 s by default: on a busy 2-core machine (CI, or
// the suite run beside another) a lazy part or a fetched race can take longer than that to show,
// and a correct app failed so. A wait still ends as soon as what it waits for is there; a thing that
// never comes fails well within Vitest's 30 s per test.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
