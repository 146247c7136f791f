// ESLint flat config for the whole workspace. Module boundaries are enforced
// with no-restricted-imports (the @nx/eslint-plugin release matching Nx 24 is
// not published; see docs/adr/0002-workspace-and-modules.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'pg',
  'exceljs',
  'express',
  'chart.js',
];
const DEEP_LIB_IMPORTS = {
  group: ['@fita/*/*', '**/libs/*/src/**'],
  message: 'Import a lib through its alias (@fita/xapi, @fita/metrics), never a deep path.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.angular/**',
      '.nx/**',
      'data/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-imports': ['error', { patterns: [DEEP_LIB_IMPORTS] }],
    },
  },
  {
    // NestJS resolves constructor parameters from emitted type metadata: a
    // type-only import there would erase the class and break injection.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEEP_LIB_IMPORTS,
            {
              group: FRAMEWORKS,
              message:
                'libs/* stay framework-free, so they run in the API, the worker and the browser.',
            },
            { group: ['**/apps/**'], message: 'Libraries may import only other libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/metrics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEEP_LIB_IMPORTS,
            {
              group: [...FRAMEWORKS, 'node:*'],
              message: '@fita/metrics also runs in the browser: no Node or framework imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // Angular's Validators are static functions passed by reference on purpose.
    files: ['apps/dashboard/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'apps/api/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
