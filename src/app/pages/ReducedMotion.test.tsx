import { screen } from '@testing-library/react';
import { renderApp } from '../testing';

/** A matchMedia that answers `reduce` for prefers-reduced-motion and no to anything else. */
function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe('Play and reduced motion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts Play at 1 lap a second for a reader who prefers reduced motion', async () => {
    prefersReducedMotion(true);
    await renderApp('?race=roval-2025');
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('1');
  });

  it('starts at 4 laps a second otherwise', async () => {
    prefersReducedMotion(false);
    await renderApp('?race=roval-2025');
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('4');
  });
});
