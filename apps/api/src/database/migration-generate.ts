// Developer tool: `npm run migration:generate -w @fita/api -- <Name>` with
// DATABASE_URL pointing at any Postgres server. It migrates a scratch database,
// asks TypeORM what the entities still need, and writes that as a new migration
// to review by hand.
import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
import { createDataSource } from './data-source.js';
import { migrateDatabase } from './migrations-runner.js';
import { withScratchDatabase } from './scratch-database.js';

const name = process.argv[2];
const serverUrl = process.env['DATABASE_URL'];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !serverUrl) {
  process.stderr.write('usage: DATABASE_URL=postgres://... migration-generate <PascalCaseName>\n');
  process.exit(2);
}

const { up, down } = await withScratchDatabase(serverUrl, async (url) => {
  await migrateDatabase(url);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
});

if (up.length === 0) {
  process.stdout.write('Entities and migrations agree: nothing to generate.\n');
  process.exit(0);
}

const timestamp = Date.now();
const className = `${name}${timestamp}`;
const lines = (queries: string[]) =>
  queries.map((q) => `    await queryRunner.query(\`${tidy(q)}\`);`).join('\n');
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
const file = path.join(
  findRepoRoot(),
  'apps/api/src/database/migrations',
  `${timestamp}-${kebab(name)}.ts`,
);
fs.writeFileSync(file, source);
process.stdout.write(
  `Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts.\n`,
);

/** TypeORM's SQL, as a template literal a reviewer can read. */
function tidy(query: string): string {
  return query
    .replace(/ {2}\(/g, '(')
    .replace(/\) $/, ')')
    .replace(/"public"\./g, '')
    .replace(/[`$\\]/g, (c) => `\\${c}`);
}

function kebab(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
