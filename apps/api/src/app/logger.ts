import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { Config } from '../config/config.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** JSON lines in production (for log shippers), readable lines in development. */
export function createLogger(config: Pick<Config, 'logFormat' | 'logLevel'>): ConsoleLogger {
  const upTo = LEVELS.indexOf(config.logLevel);
  return new ConsoleLogger({
    json: config.logFormat === 'json',
    logLevels: LEVELS.slice(0, upTo + 1),
    prefix: 'Fita',
  });
}
