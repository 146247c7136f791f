import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serverJestConfig } from '../../tools/jest/server-preset.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));

// Unit specs need nothing; integration specs get a Postgres (DATABASE_URL, or an
// embedded one started by the global setup) and a database of their own per file.
export default {
  // A global option in Jest 30: per-project values are ignored.
  testTimeout: 60_000,
  projects: [
    serverJestConfig(dir, { displayName: 'api:unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] }),
    serverJestConfig(dir, {
      displayName: 'api:int',
      testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    }),
  ],
};
