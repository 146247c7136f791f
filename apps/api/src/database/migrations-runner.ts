import { createDataSource } from './data-source.js';

export interface MigrationReport {
  applied: string[];
}

/** Applies pending migrations, each in its own transaction. Safe to run from several processes. */
export async function migrateDatabase(url: string): Promise<MigrationReport> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((migration) => migration.name) };
  } finally {
    await dataSource.destroy();
  }
}

/** True when migrations exist that the database has not run: the API and worker refuse to start then. */
export async function hasPendingMigrations(url: string): Promise<boolean> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    return await dataSource.showMigrations();
  } finally {
    await dataSource.destroy();
  }
}
