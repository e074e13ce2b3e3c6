import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'server/db/migrations',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Import boundaries: contracts import nothing of ours; the web never imports the server.
  {
    files: ['contracts/**'],
    rules: restrict([
      {
        group: ['#server/*', '#web/*', '../server/*', '../web/*'],
        message: 'contracts import nothing else',
      },
    ]),
  },
  {
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['#server/*', '**/server/*'],
          message: 'the web app talks to the server over HTTP only',
        },
      ]),
    },
  },
  {
    files: ['server/**'],
    rules: restrict([
      { group: ['#web/*', '**/web/*'], message: 'the server does not import the web app' },
    ]),
  },
  // Command-line entry points talk to people on the terminal.
  {
    files: ['server/cli.ts', 'server/main.ts', 'scripts/**', 'bench/**', 'demo/**'],
    rules: { 'no-console': 'off' },
  },
);
