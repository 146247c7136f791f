// Browser tests: the built dashboard served by a real Fita (npm start's
// embedded default), driven in Debian's Chromium through playwright-core.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'dashboard:e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 120_000,
  maxWorkers: 1,
};
