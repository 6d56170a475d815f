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
  {
    // Spreading an array into call arguments puts every element on the stack: at paper scale
    // (290,251 posts) Math.max(...xs) throws "Maximum call stack size exceeded". Use the loops of
    // src/core/bounded.ts. Tests are exempt: their arrays are small and fixed.
    files: ['src/**/*.{ts,svelte}', 'workers/**/*.ts', 'datasets/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min|hypot)$/] > SpreadElement",
          message:
            'Math.max/min/hypot(...xs) overflows the stack on large arrays: use maxOf/minOf/hypotOf (src/core/bounded.ts).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
          message:
            'push(...xs) overflows the stack on large arrays: use pushAll (src/core/bounded.ts) or a loop.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(fromCharCode|fromCodePoint|apply)$/] > SpreadElement',
          message: 'Spreading an array into arguments overflows the stack on large arrays: loop in chunks.',
        },
      ],
    },
  },
);
