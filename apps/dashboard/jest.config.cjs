// CommonJS mode on purpose: jest-preset-angular transpiles Angular's ES-module
// packages itself, so the browser specs need none of the
// --experimental-vm-modules setup the server projects rely on.
const { createCjsPreset } = require('jest-preset-angular/presets');

/** @type {import('jest').Config} */
module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'dashboard',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  restoreMocks: true,
};
