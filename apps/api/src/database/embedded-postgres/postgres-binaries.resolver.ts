import { access, constants } from 'node:fs/promises';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/**
 * The binaries come from the platform package that embedded-postgres installs as
 * an optional dependency; its EmbeddedPostgres class is not used because it adds
 * system users and process exit hooks of its own.
 */
export async function resolvePostgresBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let paths: Partial<PostgresBinaries>;
  try {
    paths = (await import(
      `@embedded-postgres/${process.platform}-${process.arch}`
    )) as Partial<PostgresBinaries>;
  } catch (error) {
    throw new EmbeddedPostgresError(
      'unsupported-platform',
      `The embedded database has no Postgres binaries for ${process.platform}-${process.arch} ` +
        `(package ${platformPackage} is not installed or not published for this platform). ` +
        'Set DATABASE_URL to use an external Postgres instead.',
      { cause: error },
    );
  }
  const { postgres, initdb } = paths;
  if (!postgres || !initdb) {
    throw new EmbeddedPostgresError(
      'binaries-missing',
      `${platformPackage} does not export the postgres and initdb paths; reinstall it.`,
    );
  }
  for (const binary of [postgres, initdb]) {
    try {
      await access(binary, constants.X_OK);
    } catch (error) {
      throw new EmbeddedPostgresError(
        'binaries-missing',
        `Postgres binary ${binary} is missing or not executable; reinstall ${platformPackage} ` +
          '(its postinstall script must run), or set DATABASE_URL.',
        { cause: error },
      );
    }
  }
  return { postgres, initdb };
}
