import fs from 'node:fs';
import { dropDatabase } from '../dist/database/scratch-database.js';

export default async function globalTeardown() {
  const state = globalThis.__fitaTestPostgres;
  if (!state) return;
  await dropDatabase(state.serverUrl, state.template);
  await state.running?.stop();
  if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
}
