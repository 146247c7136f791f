import { AppError } from './app-error.js';

/** What a 503 tells clients to wait before trying again: about one Postgres restart. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs of a server that is stopping, starting, recovering or full:
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
 * 53300 too_many_connections. Class 08 (connection_exception) is matched by prefix.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Socket errors on the way to the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * node-postgres's messages for a connection that dropped or never came
 * (they carry no code), and TypeORM's for a query runner whose connection
 * dropped between two queries of a transaction (the pg client's `error`
 * event releases it; COMMIT was then never sent).
 */
const LOST_CONNECTION = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
];
const RELEASED_RUNNER = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/**
 * True when the error means Postgres could not be reached or was going away,
 * not that the request or the code was wrong. The request's transaction did
 * not commit, or its outcome is unknown (the connection dropped around
 * COMMIT); either way the client may retry, and xAPI statements with the
 * same id and content are stored once.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as {
      name?: unknown;
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    if (UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (NETWORK_CODES.has(code)) return true;
    if (typeof candidate.name === 'string' && RELEASED_RUNNER.has(candidate.name)) return true;
    if (LOST_CONNECTION.some((pattern) => pattern.test(message))) return true;
    current = candidate.driverError ?? candidate.cause;
  }
  return false;
}

/** 503 with Retry-After: the service is fine, its database is not reachable for now. */
export function databaseUnavailable(): AppError {
  return new AppError(
    'service.database_unavailable',
    `The database is unavailable for the moment; try again in ${DATABASE_RETRY_AFTER_SECONDS} s.`,
    503,
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    undefined,
    { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}
