// `npm run fita -- <command>`: administration from the shell.
import { NestFactory } from '@nestjs/core';
import { createLogger } from './app/logger.js';
import { assertMigrated, resolveDatabase } from './app/runtime.js';
import { BACKUP_USAGE, backupCommand } from './cli/backup.command.js';
import { CliModule } from './cli/cli.module.js';
import { CREDENTIALS_USAGE, credentialsCommand } from './cli/credentials.command.js';
import { IMPORT_USAGE, importCommand } from './cli/import.command.js';
import { RESTORE_USAGE, restoreCommand } from './cli/restore.command.js';
import { AppError } from './common/app-error.js';
import { loadConfig } from './config/config.js';
import { readEnvironment } from './config/environment.js';
import { migrateDatabase } from './database/migrations-runner.js';
import { runMain, UsageError } from './run-main.js';

const USAGE = `Fita command line\n\n${CREDENTIALS_USAGE}\n${IMPORT_USAGE}\n${BACKUP_USAGE}\n${RESTORE_USAGE}\n`;
const COMMANDS = { credentials: credentialsCommand, import: importCommand };
// These open the database their own way: a backup joins a running Fita, a restore wants it unmigrated.
const DATABASE_COMMANDS = { backup: backupCommand, restore: restoreCommand };

await runMain(async () => {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'backup' || command === 'restore') {
    const config = loadConfig(readEnvironment());
    const logger = createLogger({ ...config, logLevel: 'warn' });
    await DATABASE_COMMANDS[command](config, logger, args, process.stdout, process.stderr);
    process.exit(0);
  }
  if (command !== 'credentials' && command !== 'import') {
    process.stdout.write(USAGE);
    process.exit(command === undefined || command === 'help' ? 0 : 2);
  }
  const config = loadConfig(readEnvironment());
  const logger = createLogger({ ...config, logLevel: 'warn' });
  const database = await resolveDatabase(config, logger);
  try {
    // Like npm start, the embedded database is brought up to date; a production one must be migrated already.
    if (database.embedded) await migrateDatabase(database.url);
    else await assertMigrated(database.url);
    const app = await NestFactory.createApplicationContext(
      CliModule.register(config, database.url),
      { logger },
    );
    try {
      await COMMANDS[command](app, args, process.stdout);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const details = Array.isArray(error.details)
        ? (error.details as { field?: string; message: string }[])
        : [];
      throw new UsageError(
        details.length
          ? details.map((d) => `${d.field ?? ''} ${d.message}`.trim()).join('\n')
          : error.message,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
  process.exit(0);
}, 'fita');
