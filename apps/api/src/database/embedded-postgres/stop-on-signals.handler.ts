import type { EmbeddedPostgresLog, RunningEmbeddedPostgres } from './embedded-postgres.types.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * On SIGINT or SIGTERM: stop Postgres, run `onStopped`, exit with code 0 (1 if
 * either failed, reported through `log`). A second signal while stopping exits
 * at once; Postgres still finishes the shutdown it was asked for. Returns a
 * function that removes the handlers. Opt-in: callers with their own shutdown
 * sequence call stop() themselves.
 */
export function stopOnSignals(
  running: Pick<RunningEmbeddedPostgres, 'stop'>,
  onStopped?: () => void | Promise<void>,
  log?: EmbeddedPostgresLog,
): () => void {
  let shuttingDown = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    log?.('info', `${signal} received: stopping the embedded Postgres`);
    void running
      .stop()
      .then(() => onStopped?.())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log?.(
            'error',
            `Shutdown after ${signal} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          process.exit(1);
        },
      );
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of SIGNALS) process.off(signal, handler);
  };
}
