// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    // Browser code never imports build-time or server code, nor the data's validation: the
    // build validates once and sends pages the compact model (DESIGN.md, "Layout").
    files: ['src/**/*.ts'],
    ignores: ['src/build/**', 'src/server/**', 'src/markdown/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/build/**', '**/server/**', '**/markdown/**'],
              message: 'Browser code runs no build-time or server code.',
            },
            {
              group: ['**/data/**'],
              allowTypeImports: true,
              message: "Pages read the build's compact model (virtual:model), not data/.",
            },
          ],
        },
      ],
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
