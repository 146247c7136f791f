// Production API process (`npm run start:prod`): HTTP only; workers run in `npm run worker`.
import { ensureFirstAccounts, printFirstRun } from './app/first-run.js';
import { createHttpApp } from './app/http-app.js';
import { createLogger } from './app/logger.js';
import { answerMemoryQuestions } from './app/memory-report.js';
import { assertMigrated, assertProductionServices } from './app/runtime.js';
import { shutdownOnSignals } from './app/shutdown.js';
import { loadConfig } from './config/config.js';
import { readEnvironment } from './config/environment.js';
import { runMain } from './run-main.js';

answerMemoryQuestions();

await runMain(async () => {
  const config = loadConfig(readEnvironment());
  assertProductionServices(config, 'npm run start:prod');
  const databaseUrl = config.databaseUrl as string;
  await assertMigrated(databaseUrl);
  const app = await createHttpApp({ config, databaseUrl, worker: false });
  printFirstRun(await ensureFirstAccounts(app), `http://localhost:${config.port}`);
  await app.listen(config.port);
  shutdownOnSignals([() => app.close()], createLogger(config));
});
