// Server-side Jest runs in ESM mode: NestJS 12, typeorm 1.1 and bullmq 6 ship
// as ES modules, which CommonJS Jest cannot load (see docs/adr/0001).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} projectDir @param {Partial<import('jest').Config>} overrides */
export function serverJestConfig(projectDir, overrides = {}) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
    moduleNameMapper: {
      '^@fita/xapi$': path.join(root, 'libs/xapi/src/index.ts'),
      '^@fita/metrics$': path.join(root, 'libs/metrics/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.ts$': [
        'ts-jest',
        { useESM: true, tsconfig: path.join(projectDir, 'tsconfig.spec.json') },
      ],
    },
    ...overrides,
  };
}
