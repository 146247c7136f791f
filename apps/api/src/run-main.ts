import { ConfigError } from './config/config.js';

/** A problem the person at the terminal can fix: reported as a message, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs an entry point; a failure is reported as one readable message (the
 * whole list for configuration errors) and exit code 1.
 */
export async function runMain(
  main: () => Promise<void>,
  failure = 'Fita could not start',
): Promise<void> {
  try {
    await main();
  } catch (error) {
    const expected = error instanceof ConfigError || error instanceof UsageError;
    const message =
      error instanceof Error
        ? expected
          ? error.message
          : (error.stack ?? error.message)
        : String(error);
    process.stderr.write(`${failure}: ${message}\n`);
    process.exit(1);
  }
}
