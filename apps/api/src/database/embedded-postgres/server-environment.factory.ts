/**
 * A minimal environment for initdb and postgres: inherited PG* variables
 * (PGPORT, PGDATA, PGOPTIONS...) or LC_* settings from the shell must not
 * change how the embedded cluster is created or run.
 */
export function serverEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
  if (process.env['TZ']) env['TZ'] = process.env['TZ'];
  return env;
}
