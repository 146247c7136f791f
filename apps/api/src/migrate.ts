// `npm run migrate`: applies pending migrations once (production runs it before the API and workers).
import { loadConfig } from './config/config.js';
import { readEnvironment } from './config/environment.js';
import { migrateDatabase } from './database/migrations-runner.js';
import { runMain } from './run-main.js';

await runMain(async () => {
  const config = loadConfig(readEnvironment());
  if (!config.databaseUrl)
    throw new Error(
      'npm run migrate needs DATABASE_URL (npm start migrates the embedded database itself).',
    );
  const { applied } = await migrateDatabase(config.databaseUrl);
  process.stdout.write(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
      : 'No pending migration.\n',
  );
  process.exit(0);
});
