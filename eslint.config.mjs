// ESLint flat config for the whole repository. Size limits and the async rules are here because prose rules
// alone did not hold (house style §2, §9); dependency direction is checked by scripts/check-deps.mjs.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';

const TYPESCRIPT = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JAVASCRIPT = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TESTS = [
  '**/*.test.ts',
  '**/*.test-d.ts',
  '**/*.test.mjs',
  '**/test/**',
  'test/**',
];
const PACKAGE_SOURCE = ['packages/*/src/**/*.ts'];

// ESLint allows one severity per rule, so the 400-line advice is the core rule registered a second time.
const batonPlugin = {
  meta: { name: 'baton' },
  rules: { 'max-lines-advice': builtinRules.get('max-lines') },
};

const countAllLines = { skipBlankLines: false, skipComments: false };

// Scripts and configs run on Node without a TypeScript program, so their globals are listed instead.
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'AbortController',
    'AbortSignal',
    'TextEncoder',
    'TextDecoder',
    'fetch',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'globalThis',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/.turbo/',
    '**/coverage/',
    '.baton/',
    'bench/results/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'baton/all',
    plugins: { baton: batonPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'baton/max-lines-advice': ['warn', { max: 400, ...countAllLines }],
      'max-lines': ['error', { max: 500, ...countAllLines }],
    },
  },

  {
    name: 'baton/javascript',
    files: JAVASCRIPT,
    languageOptions: { globals: nodeGlobals },
  },

  {
    name: 'baton/typescript',
    files: TYPESCRIPT,
    languageOptions: {
      parserOptions: {
        // Root-level TypeScript files (vitest.shared.ts) belong to no tsconfig; they get a default program.
        projectService: { allowDefaultProject: ['*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // `any` is allowed only as a type argument (`Agent<any, any>`: "an agent of any context and output"), where
      // `unknown` would break variance for callers; an `any`-typed value, parameter or return is an error.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'TSAnyKeyword:not(TSTypeParameterInstantiation > TSAnyKeyword):not(TSRestType TSAnyKeyword):not(RestElement TSAnyKeyword)',
          message:
            'Use `unknown` or a real type; `any` is allowed only as a type argument.',
        },
      ],
    },
  },

  {
    name: 'baton/package-source',
    files: PACKAGE_SOURCE,
    ignores: TESTS,
    rules: {
      'max-lines-per-function': [
        'warn',
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },

  {
    name: 'baton/core-boundaries',
    files: ['packages/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'openai',
              allowTypeImports: true,
              message:
                '@baton/core must not load `openai` at runtime; use `import type`, or put the code in @baton/openai.',
            },
          ],
          patterns: [
            {
              group: ['openai/*'],
              allowTypeImports: true,
              message:
                '@baton/core must not load `openai` at runtime; use `import type`, or put the code in @baton/openai.',
            },
            {
              group: [
                '@baton/openai',
                '@baton/openai/*',
                '@baton/tools',
                '@baton/tools/*',
                '@baton/sessions',
                '@baton/sessions/*',
                '@baton/testing',
                '@baton/testing/*',
                '@baton/agents',
                '@baton/agents/*',
              ],
              message:
                'Packages depend on core, never the other way; use a fake in test/support/ or move the test to the top-level test/.',
            },
          ],
        },
      ],
    },
  },

  {
    name: 'baton/tests',
    files: TESTS,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'baton/max-lines-advice': 'off',
      'max-lines': ['error', { max: 1000, ...countAllLines }],
    },
  },
);
