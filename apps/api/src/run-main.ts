import { ConfigError } from './config/config.js';

/**
 * Runs an entry point; a failure to start is reported as one readable message
 * (the whole list for configuration errors) and exit code 1.
 */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message =
      error instanceof ConfigError || !(error instanceof Error)
        ? String(error instanceof Error ? error.message : error)
        : (error.stack ?? error.message);
    process.stderr.write(`Fita could not start: ${message}\n`);
    process.exit(1);
  }
}
