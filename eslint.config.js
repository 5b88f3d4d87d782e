import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'stream',
  'buffer',
];

/** The layer rules of docs/design §1, as import restrictions per folder. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const noPlatform = {
  group: ['electron', 'electron/*', ...nodeBuiltins],
  message: 'shared/ is pure TypeScript: no Electron or Node imports.',
};
const noReactOrDexie = {
  group: ['react', 'react-*', 'react/*', 'dexie', 'dexie-*', '@mantine/*'],
  message: 'shared/ is pure TypeScript: no React, Mantine or Dexie.',
};
const noRendererFromElsewhere = {
  group: ['**/renderer/**', '@renderer/*'],
  message: 'Only the renderer imports renderer code.',
};
const noElectronFromRenderer = {
  group: ['electron', 'electron/*', '**/electron/**', ...nodeBuiltins],
  message: 'The renderer never imports Electron or Node: go through renderer/platform.',
};
const noDbOutsideData = {
  group: ['**/db/*', '**/db', '@renderer/db/*'],
  message: 'Only renderer/data imports renderer/db: use a hook or command from renderer/data.',
};

/**
 * The house: a feature shows others only its public face. Others import `@renderer/features/<name>` (its
 * index.ts: the panels they may embed); the shell alone also imports its routes.tsx. Inside a feature,
 * relative imports stay in the folder; anything else is reached by alias (@renderer/ui, @renderer/data…).
 */
const onlyPublicFaces = {
  regex: '^@renderer/features/[^/]+/',
  message: 'Import a feature through its public face, @renderer/features/<name> (its index.ts).',
};
const onlyPublicFacesAndRoutes = {
  regex: '^@renderer/features/[^/]+/(?!routes$)',
  message: 'The shell imports a feature through its index.ts or its routes.tsx only.',
};
const staysInFeature = (depth) => ({
  regex: `^(\\.\\./){${depth}}`,
  message: 'Relative imports stay inside the feature; reach other code by alias (@renderer/…, @shared/…).',
});
const noFeaturesBelow = {
  group: [
    '@renderer/features',
    '@renderer/features/*',
    '@renderer/shell',
    '@renderer/shell/*',
    '**/features/**',
    '**/shell/**',
  ],
  message: 'data/, db/ and ui/ sit below the features and the shell: they never import them.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      // Written by `npm run sbom-schemas`; a unit test keeps them equal to what it generates.
      'shared/sbom/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      '*.config.ts',
      '*.config.js',
      'eslint.config.js',
      'bench/*.config.ts',
      'tests/electron/build-desktop.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  { files: ['shared/**'], rules: restrict([noPlatform, noReactOrDexie, noRendererFromElsewhere]) },
  { files: ['electron/**'], rules: restrict([noRendererFromElsewhere]) },
  { files: ['renderer/**'], rules: restrict([noElectronFromRenderer, noDbOutsideData, onlyPublicFaces]) },
  {
    files: ['renderer/shell/**'],
    rules: restrict([noElectronFromRenderer, noDbOutsideData, onlyPublicFacesAndRoutes]),
  },
  ...[1, 2, 3, 4].map((depth) => ({
    files: [`renderer/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: restrict([noElectronFromRenderer, noDbOutsideData, onlyPublicFaces, staysInFeature(depth)]),
  })),
  {
    files: ['renderer/data/**', 'renderer/db/**', 'renderer/ui/**'],
    rules: restrict([noElectronFromRenderer, noFeaturesBelow]),
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only warns that the React Compiler would skip a component; the app does not use the compiler,
      // and TanStack Table and Virtual are the libraries it flags.
      'react-hooks/incompatible-library': 'off',
    },
  },
  prettier,
);
