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
  // Import direction (docs/architecture.md): lib → data → state / timeline → components → app.
  // Each layer lists what it may not import; npm run lint fails on any import against the arrows.
  layer('src/lib/**', [above('data', 'state', 'timeline', 'components', 'app'), ...FRAMEWORKS], 'lib/ is plain helpers: it imports only lib/.'),
  layer('src/data/**', [above('state', 'timeline', 'components', 'app'), ...FRAMEWORKS], 'data/ is the race domain: it imports only lib/ and data/.'),
  layer('src/state/**', [above('timeline', 'components', 'app')], 'state/ imports lib/ and data/ only (the timeline and the UI sit beside or above it).'),
  layer(
    ['src/timeline/*.ts'],
    [above('state', 'components', 'app'), COMPONENT, ...FRAMEWORKS],
    'The pure timeline modules (layout, lanes, tooltip text, scale…) import data/ and lib/ only: no store, no React.',
    // Hooks are React by definition.
    ['src/timeline/use*.ts'],
  ),
  // Component tests render the whole app through app/testing.tsx, as a reader meets the component.
  layer('src/components/**', [above('app')], 'components/ may not import app/.', ['src/components/*.test.tsx']),
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
