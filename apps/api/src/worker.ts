// Production worker process (`npm run worker`): BullMQ workers and schedulers, no HTTP.
import { createLogger } from './app/logger.js';
import { answerMemoryQuestions } from './app/memory-report.js';
import { assertMigrated, assertProductionServices } from './app/runtime.js';
import { shutdownOnSignals } from './app/shutdown.js';
import { createWorkerApp } from './app/worker-app.js';
import { loadConfig } from './config/config.js';
import { readEnvironment } from './config/environment.js';
import { runMain } from './run-main.js';

answerMemoryQuestions();

await runMain(async () => {
  const config = loadConfig(readEnvironment());
  assertProductionServices(config, 'npm run worker');
  const databaseUrl = config.databaseUrl as string;
  await assertMigrated(databaseUrl);
  const app = await createWorkerApp({ config, databaseUrl });
  shutdownOnSignals([() => app.close()], createLogger(config));
});
