import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** An import of one of these layers (a folder under src/, reached by a relative path). */
const above = (...layers) => ({ regex: `(^|/)\\.\\./(?:\\.\\./)*(${layers.join('|')})(/|$)`, caseSensitive: true, message: '' });
/** A React component (PascalCase file, by the naming convention of DESIGN.md). */
const COMPONENT = { regex: '(^|/)[A-Z][^/]*$', caseSensitive: true, message: 'React components are drawn above the pure layout, never imported by it.' };
/** Frameworks the lower layers stay free of. */
const FRAMEWORKS = [{ regex: '^(react|react-dom|zustand)(/|$)', caseSensitive: true, message: 'React and the store belong to state/, timeline components and above.' }];

/**
 * The product's features (src/features/<name>/): each may import the core (lib/, data/, state/,
 * timeline/) and the shared ui/, never another feature or app/. The pages (app/pages/) are where
 * features meet. A new feature is a new folder and a new name here.
 */
const FEATURES = ['compare', 'follow', 'incident', 'race', 'reader', 'record', 'share'];
/** A test renders the whole app (app/testing.tsx), as a reader meets the part under test. */
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

/** A no-restricted-imports block for one layer: the patterns it may not import, each failing with `why`. */
function layer(files, patterns, why, ignores = []) {
  return {
    files: Array.isArray(files) ? files : [files],
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, message: p.message || why })) }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/e2e/__output__', 'bench-results', 'reports', '.stryker-tmp'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data and URL text is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render data as text, never as HTML.' },
      ],
    },
  },
  // Import direction (docs/architecture.md): lib → data → state / timeline → ui → features → app.
  // Each layer lists what it may not import; npm run lint fails on any import against the arrows.
  layer('src/lib/**', [above('data', 'state', 'timeline', 'ui', 'features', 'app'), ...FRAMEWORKS], 'lib/ is plain helpers: it imports only lib/.'),
  layer('src/data/**', [above('state', 'timeline', 'ui', 'features', 'app'), ...FRAMEWORKS], 'data/ is the race domain: it imports only lib/ and data/.'),
  layer('src/state/**', [above('timeline', 'ui', 'features', 'app')], 'state/ imports lib/ and data/ only (the timeline and the UI sit beside or above it).'),
  layer(
    ['src/timeline/*.ts'],
    [above('state', 'ui', 'features', 'app'), COMPONENT, ...FRAMEWORKS],
    'The pure timeline modules (layout, lanes, tooltip text, scale…) import data/ and lib/ only: no store, no React.',
    // Hooks are React by definition.
    ['src/timeline/use*.ts'],
  ),
  layer('src/timeline/**', [above('ui', 'features', 'app')], 'The timeline is core: it imports lib/, data/ and state/, never the UI above it.', TESTS),
  layer('src/ui/**', [above('features', 'app')], 'ui/ holds the parts every feature shares: it imports the core and ui/ only, never a feature or app/.', TESTS),
  ...FEATURES.map((feature) =>
    layer(
      `src/features/${feature}/**`,
      [above('app', ...FEATURES.filter((other) => other !== feature))],
      `features/${feature}/ imports the core, ui/ and itself: never another feature (the page in app/pages/ brings features together) or app/.`,
      TESTS,
    ),
  ),
  // The scripts stand on their own (docs/architecture.md, "Scripts"): nothing in scripts/ imports the
  // tests; what both need lives in scripts/lib/ (the end-to-end tests import Chromium's launcher from there).
  layer('scripts/**', [{ regex: '(^|/)tests(/|$)', caseSensitive: true, message: '' }], 'scripts/ never imports from tests/: a helper both need goes in scripts/lib/.'),
  // The end-to-end tests share their helpers through one module (docs/architecture.md, "Tests and their
  // helpers"): a test in tests/e2e/ imports them from tests/support/, never from beside it, and
  // tests/support/ imports no test.
  layer('tests/e2e/**', [{ regex: '^\\./', caseSensitive: true, message: '' }], 'An end-to-end test imports what it shares from tests/support/, never from a file beside it: a locator, wait or helper a second test needs goes in tests/support/.'),
  layer('tests/support/**', [{ regex: '(^|/)e2e(/|$)|\\.e2e(\\.ts)?$', caseSensitive: true, message: '' }], 'tests/support/ is what the end-to-end tests share: it never imports a test.'),
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  // Served as they are to the browser (public/prepaint.js runs in the page's <head>), not through Vite.
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
