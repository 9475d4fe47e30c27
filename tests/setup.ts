import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Any console.error in a unit or component test is a failure, React warnings included (the core's
// setup, which checks it after each test: hooks run last-registered first, so the cleanup below
// runs before the check).
import './setup.core';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
