// ESLint checks correctness; Prettier owns formatting (eslint-config-prettier
// turns off the stylistic rules the two would disagree on).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_PREFIX = {
  regex: '^(fs|path|os|util|crypto|child_process|http|url|events|stream|readline|worker_threads|perf_hooks)(/.*)?$',
  message: 'Use the node: prefix.',
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': ['error', { patterns: [NODE_PREFIX] }],
    },
  },
  {
    // The layering: Discord and its logging live in src/bot/ (and the command modules); the engine, corpus,
    // service and CLI stay usable without them. NODE_PREFIX is repeated because this entry replaces the rule.
    files: ['src/**/*.ts'],
    ignores: ['src/bot/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_PREFIX,
            {
              regex: '^(discord\\.js|discord-api-types|@discordjs/.*|pino)(/.*)?$',
              message: 'Only src/bot/ talks to Discord and logs with pino: keep this module free of them.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
