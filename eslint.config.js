import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'bench-results',
      '.tools',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/data',
      'datasets/snapshots',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Agent-written text is hostile: never render it as HTML.
      'svelte/no-at-html-tags': 'error',
      // State here is always declared with $state; URL and URLSearchParams objects are built as
      // local values to format links, never kept as state, so their reactive twins add nothing.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
