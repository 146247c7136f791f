import path from 'node:path';
import { envSchema, withoutEmptyValues } from './env.schema.js';
import { findRepoRoot } from './repo-root.js';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  dataDir: string;
  /** Load the demo data on the first start of an empty embedded database (FITA_DEMO). */
  demo: boolean;
  /** Absent: the embedded Postgres under `dataDir` is used. */
  databaseUrl?: string;
  /** Absent: BullMQ runs on its Postgres backend in the same database. */
  redisUrl?: string;
  queuePrefix: string;
  timeZone: string;
  /** The xAPI version stated on responses to requests that name none. */
  xapiDefaultVersion: '1.0.3' | '2.0.0';
  firstAdmin: { email?: string; password?: string };
  firstLrsCredential: { key?: string; secret?: string };
  sessionTtlHours: number;
  /** Login rate limiting and lockout (FITA_LOGIN_*), shared by every API process through Postgres. */
  loginThrottle: LoginThrottleConfig;
  /** Largest request body accepted (413 above it); Infinity when FITA_MAX_BODY_MB is 0. */
  maxBodyBytes: number;
  /** Largest registry or catalogue file accepted by an import (FITA_MAX_IMPORT_MB). */
  maxImportBytes: number;
  /** Express's `trust proxy`: who may name the client in X-Forwarded-For (FITA_TRUST_PROXY). */
  trustProxy: false | number | string[];
  /** Days a finished export's file is kept before it is deleted (FITA_EXPORT_RETENTION_DAYS). */
  exportRetentionDays: number;
  dashboardDir: string;
  logFormat: 'json' | 'pretty';
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}

export interface LoginThrottleConfig {
  /** Failed logins for one e-mail address, within the window, that lock it. */
  maxFailures: number;
  failureWindowMinutes: number;
  lockoutMinutes: number;
  /** Login attempts per minute from one client address (IPv6: one /64). */
  maxPerAddressPerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; every bad key is reported in one error. */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(withoutEmptyValues(environment));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
      ),
    );
  }
  const env = parsed.data;
  const pairProblems = [
    pairProblem(
      'FITA_ADMIN_EMAIL',
      env.FITA_ADMIN_EMAIL,
      'FITA_ADMIN_PASSWORD',
      env.FITA_ADMIN_PASSWORD,
    ),
    pairProblem('FITA_LRS_KEY', env.FITA_LRS_KEY, 'FITA_LRS_SECRET', env.FITA_LRS_SECRET),
  ].filter((problem): problem is string => problem !== undefined);
  if (pairProblems.length > 0) throw new ConfigError(pairProblems);

  return {
    env: env.NODE_ENV,
    port: env.PORT,
    dataDir: path.resolve(env.FITA_DATA_DIR),
    demo: env.FITA_DEMO === 'true',
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    queuePrefix: env.FITA_QUEUE_PREFIX,
    timeZone: env.FITA_TIMEZONE,
    xapiDefaultVersion: env.FITA_XAPI_DEFAULT_VERSION,
    firstAdmin: { email: env.FITA_ADMIN_EMAIL, password: env.FITA_ADMIN_PASSWORD },
    firstLrsCredential: { key: env.FITA_LRS_KEY, secret: env.FITA_LRS_SECRET },
    sessionTtlHours: env.FITA_SESSION_TTL_HOURS,
    loginThrottle: {
      maxFailures: env.FITA_LOGIN_MAX_FAILURES,
      failureWindowMinutes: env.FITA_LOGIN_FAILURE_WINDOW_MINUTES,
      lockoutMinutes: env.FITA_LOGIN_LOCKOUT_MINUTES,
      maxPerAddressPerMinute: env.FITA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE,
    },
    maxBodyBytes: env.FITA_MAX_BODY_MB === 0 ? Infinity : env.FITA_MAX_BODY_MB * 1024 * 1024,
    maxImportBytes: env.FITA_MAX_IMPORT_MB * 1024 * 1024,
    trustProxy: env.FITA_TRUST_PROXY,
    exportRetentionDays: env.FITA_EXPORT_RETENTION_DAYS,
    dashboardDir: path.resolve(
      env.FITA_DASHBOARD_DIR ?? path.join(findRepoRoot(), 'apps/dashboard/dist/browser'),
    ),
    logFormat: env.FITA_LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'),
    logLevel: env.LOG_LEVEL,
  };
}

function pairProblem(aKey: string, a: unknown, bKey: string, b: unknown): string | undefined {
  if ((a === undefined) === (b === undefined)) return undefined;
  return `${a === undefined ? aKey : bKey}: must be set together with ${a === undefined ? bKey : aKey}`;
}
