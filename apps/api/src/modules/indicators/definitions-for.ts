import { DEFINITIONS_V1, type Definitions } from '@fita/metrics';
import type { Config } from '../../config/config.js';

/** The definitions in force: version 1, with the reporting time zone from the configuration. */
export function definitionsFor(config: Pick<Config, 'timeZone'>): Definitions {
  return { ...DEFINITIONS_V1, timeZone: config.timeZone };
}
