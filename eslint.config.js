// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The libraries that only one folder of src/ may import, and why (DESIGN.md, "one owner per
 * library"). `allowTypeImports`: other folders may still name the library's types.
 */
const OWNERS = [
  {
    folder: 'src/deck',
    group: ['reveal.js', 'reveal.js/*'],
    message: 'reveal.js belongs to src/deck: add a plugin or a function there.',
  },
  {
    folder: 'src/map',
    group: ['d3', 'd3-*', 'topojson-client', 'topojson-*', 'world-atlas', 'world-atlas/*'],
    message: 'd3 and the map data belong to src/map.',
  },
  {
    folder: 'src/time',
    group: ['luxon'],
    allowTypeImports: true,
    message: "luxon's API belongs to src/time: call a function there (type imports are allowed).",
  },
  {
    folder: 'src/live',
    group: ['@hocuspocus/provider', 'y-indexeddb'],
    message: 'The sync engine’s client belongs to src/live.',
  },
  {
    folder: 'src/server',
    group: ['@hocuspocus/server', '@hocuspocus/extension-*', 'ioredis', 'sqlite3'],
    message: 'The live server’s libraries belong to src/server.',
  },
];

/** yjs, the shared document, is the sync engine's on both ends: src/live and src/server. */
const YJS = {
  folders: ['src/live', 'src/server'],
  group: ['yjs'],
  message: 'yjs belongs to src/live (the pages) and src/server.',
};

/** Folders of src/ whose code never runs in a browser. */
const NOT_BROWSER = ['src/build', 'src/server', 'src/markdown'];

/** What browser code may not import: build-time and server code, and build-only libraries. */
const BROWSER_PATTERNS = [
  {
    group: ['**/build/**', '**/server/**', '**/markdown/**'],
    message: 'Browser code runs no build-time or server code.',
  },
  {
    group: ['**/data/**'],
    allowTypeImports: true,
    message: "Pages read the build's compact model (virtual:model), not data/.",
  },
  {
    group: ['qrcode', 'marked', 'jsdom'],
    message:
      'A build-only library: the build draws QR codes and renders markdown (src/build, src/markdown).',
  },
];

/**
 * One no-restricted-imports config per folder of src/ (flat config replaces a rule's options
 * rather than merging them, so each folder gets its whole list): the owners' libraries
 * outside their folders, and in browser code the browser's patterns. data/ keeps luxon's
 * API, as it parses and validates the authored times before anything else runs.
 */
function ownerRules() {
  const folders = [...new Set([...OWNERS.map((o) => o.folder), ...NOT_BROWSER])];
  const patternsFor = (folder) => [
    ...OWNERS.filter((o) => o.folder !== folder).map(({ group, message, allowTypeImports }) => ({
      group,
      message,
      ...(allowTypeImports ? { allowTypeImports } : {}),
    })),
    ...(YJS.folders.includes(folder) ? [] : [{ group: YJS.group, message: YJS.message }]),
    ...(NOT_BROWSER.includes(folder) ? [] : BROWSER_PATTERNS),
  ];
  const config = (files, ignores, patterns) => ({
    files,
    ...(ignores.length ? { ignores } : {}),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  });
  return [
    config(
      ['src/**/*.ts'],
      folders.map((f) => `${f}/**`),
      patternsFor(null),
    ),
    ...folders.map((folder) => config([`${folder}/**/*.ts`], [], patternsFor(folder))),
    config(
      ['data/**/*.ts'],
      [],
      OWNERS.filter((o) => o.folder !== 'src/time').map(({ group, message }) => ({
        group,
        message,
      })),
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-public/',
      'dist-single/',
      'dist-bench/',
      'export/',
      'test-results/',
      'playwright-report/',
      'bench/results*',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Only the build-time markdown module and the trusted-HTML helper may parse HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Use h() for text, or trustedHtml() for build-time rendered slide markdown.',
        },
      ],
    },
  },
  // One owner per library: each may be imported only in its folder (type imports of luxon
  // anywhere, since other folders name instants and durations). See ownerRules below.
  ...ownerRules(),
  // Sizes that read in one sitting (issue 21): a function past 120 lines or a file past 400
  // is split by concept into named pieces, not left to grow into a closure that holds a page.
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  {
    files: ['src/lib/h.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: false, project: null },
    },
  },
);
