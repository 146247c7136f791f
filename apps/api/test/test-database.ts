import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase } from '../src/database/scratch-database.js';
import { testEnv } from './test-env.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testEnv('serverUrl');
  const name = `fita_t_${testEnv('runId')}_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(serverUrl, name, testEnv('template'));
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
