import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serverJestConfig } from '../../tools/jest/server-preset.mjs';

export default serverJestConfig(path.dirname(fileURLToPath(import.meta.url)), {
  displayName: 'metrics',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
