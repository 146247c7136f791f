// CI: fails when the entities need SQL that no migration provides.
import { schemaDriftSql } from './schema-drift.js';
import { migrateDatabase } from './migrations-runner.js';
import { withScratchDatabase } from './scratch-database.js';

const serverUrl = process.env['DATABASE_URL'];
if (!serverUrl) {
  process.stderr.write(
    'migration-check needs DATABASE_URL (any Postgres server; a scratch database is used)\n',
  );
  process.exit(2);
}

const drift = await withScratchDatabase(serverUrl, async (url) => {
  await migrateDatabase(url);
  return schemaDriftSql(url);
});

if (drift.length > 0) {
  process.stderr.write(
    `Entities and migrations disagree; a migration is missing:\n${drift.join(';\n')};\n`,
  );
  process.exit(1);
}
process.stdout.write('Migrations match the entities: no migration pending.\n');
