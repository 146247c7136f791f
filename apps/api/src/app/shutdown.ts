import type { LoggerService } from '@nestjs/common';

/**
 * On SIGINT/SIGTERM, runs the shutdown steps in order (close HTTP and
 * workers before the database they use) and exits. A second signal exits at once.
 */
export function shutdownOnSignals(steps: (() => Promise<unknown>)[], logger: LoggerService): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal} received: shutting down`, 'Shutdown');
    void (async () => {
      let code = 0;
      for (const step of steps) {
        try {
          await step();
        } catch (error) {
          code = 1;
          logger.error(
            `shutdown step failed: ${error instanceof Error ? error.message : String(error)}`,
            undefined,
            'Shutdown',
          );
        }
      }
      process.exit(code);
    })();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
