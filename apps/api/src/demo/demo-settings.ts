import { ConfigError } from '../config/config.js';

/**
 * `FITA_DEMO` (default true): whether the first start of an empty embedded
 * database loads the demo. Read here rather than in the main environment
 * schema because only the embedded start reads it.
 */
export function demoWanted(environment: Record<string, string | undefined>): boolean {
  const value = (environment['FITA_DEMO'] ?? '').trim().toLowerCase();
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError([`FITA_DEMO: must be true or false, got ${JSON.stringify(value)}`]);
}
