import { createDataSource } from './data-source.js';

/**
 * The SQL TypeORM would need to bring a migrated database in line with the
 * entities. Empty means entities and migrations agree; CI fails otherwise.
 */
export async function schemaDriftSql(url: string): Promise<string[]> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}
