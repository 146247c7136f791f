import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';
import { envSchema } from './env.schema.js';
import { findRepoRoot } from './repo-root.js';

type Environment = Record<string, string | undefined>;

/** A complete, valid production-like environment; each test breaks one thing in it. */
const validEnv: Environment = {
  NODE_ENV: 'production',
  PORT: '8080',
  FITA_DATA_DIR: '/var/lib/fita',
  FITA_DEMO: 'false',
  DATABASE_URL: 'postgres://fita:fita@db.internal:5432/fita',
  REDIS_URL: 'redis://cache.internal:6379',
  FITA_QUEUE_PREFIX: 'fita_prod',
  FITA_TIMEZONE: 'Atlantic/Canary',
  FITA_XAPI_DEFAULT_VERSION: '1.0.3',
  FITA_MAX_BODY_MB: '0',
  FITA_MAX_IMPORT_MB: '64',
  FITA_ADMIN_EMAIL: 'admin@example.org',
  FITA_ADMIN_PASSWORD: 'correct horse battery',
  FITA_LRS_KEY: 'lms-moodle.01',
  FITA_LRS_SECRET: 'a-long-enough-secret',
  FITA_SESSION_TTL_HOURS: '8',
  FITA_LOGIN_MAX_FAILURES: '10',
  FITA_LOGIN_FAILURE_WINDOW_MINUTES: '30',
  FITA_LOGIN_LOCKOUT_MINUTES: '60',
  FITA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '50',
  FITA_TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::1',
  FITA_EXPORT_RETENTION_DAYS: '90',
  FITA_DASHBOARD_DIR: '/srv/fita/dashboard',
  FITA_LOG_FORMAT: 'pretty',
  LOG_LEVEL: 'debug',
};

/** The problems of the one ConfigError that loading `env` throws. */
function problemsOf(env: Environment): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

function keysOf(problems: string[]): string[] {
  return problems.map((problem) => problem.slice(0, problem.indexOf(':')));
}

describe('loadConfig', () => {
  it('applies every default to an empty environment', () => {
    expect(loadConfig({})).toEqual({
      env: 'development',
      port: 3000,
      dataDir: path.resolve('./data'),
      demo: true,
      databaseUrl: undefined,
      redisUrl: undefined,
      queuePrefix: 'fita',
      timeZone: 'Europe/Madrid',
      xapiDefaultVersion: '2.0.0',
      maxBodyBytes: 20 * 1024 * 1024,
      maxImportBytes: 500 * 1024 * 1024,
      firstAdmin: { email: undefined, password: undefined },
      firstLrsCredential: { key: undefined, secret: undefined },
      sessionTtlHours: 12,
      loginThrottle: {
        maxFailures: 5,
        failureWindowMinutes: 15,
        lockoutMinutes: 15,
        maxPerAddressPerMinute: 20,
      },
      trustProxy: ['loopback'],
      exportRetentionDays: 30,
      dashboardDir: path.join(findRepoRoot(), 'apps/dashboard/dist/browser'),
      logFormat: 'pretty',
      logLevel: 'log',
    });
  });

  it('logs JSON by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
  });

  it('reads every key of a complete environment', () => {
    expect(loadConfig(validEnv)).toEqual({
      env: 'production',
      port: 8080,
      dataDir: '/var/lib/fita',
      demo: false,
      databaseUrl: 'postgres://fita:fita@db.internal:5432/fita',
      redisUrl: 'redis://cache.internal:6379',
      queuePrefix: 'fita_prod',
      timeZone: 'Atlantic/Canary',
      xapiDefaultVersion: '1.0.3',
      maxBodyBytes: Infinity,
      maxImportBytes: 64 * 1024 * 1024,
      firstAdmin: { email: 'admin@example.org', password: 'correct horse battery' },
      firstLrsCredential: { key: 'lms-moodle.01', secret: 'a-long-enough-secret' },
      sessionTtlHours: 8,
      loginThrottle: {
        maxFailures: 10,
        failureWindowMinutes: 30,
        lockoutMinutes: 60,
        maxPerAddressPerMinute: 50,
      },
      trustProxy: ['loopback', '10.0.0.0/8', '2001:db8::1'],
      exportRetentionDays: 90,
      dashboardDir: '/srv/fita/dashboard',
      logFormat: 'pretty',
      logLevel: 'debug',
    });
  });

  describe('reports a bad value under its key', () => {
    const badValues: [key: string, value: string, message: string][] = [
      ['NODE_ENV', 'staging', 'Invalid option'],
      ['FITA_DEMO', 'no', 'must be true or false'],
      ['PORT', '0', 'expected number to be >=1'],
      ['PORT', '70000', 'expected number to be <=65535'],
      ['PORT', 'http', 'expected number'],
      ['PORT', '3000.5', 'expected int'],
      ['DATABASE_URL', 'mysql://fita@db/fita', 'must start with postgres:// or postgresql://'],
      ['REDIS_URL', 'http://cache:6379', 'must start with redis:// or rediss://'],
      ['FITA_QUEUE_PREFIX', 'Fita-Prod', 'must be lower-case letters, digits or _'],
      ['FITA_QUEUE_PREFIX', `f${'x'.repeat(40)}`, 'must be lower-case letters, digits or _'],
      ['FITA_TIMEZONE', 'Mars/Olympus_Mons', 'is not an IANA time zone'],
      ['FITA_ADMIN_EMAIL', 'admin-at-example.org', 'must be an e-mail address'],
      ['FITA_ADMIN_PASSWORD', 'short', 'must have at least 12 characters'],
      ['FITA_LRS_KEY', 'has space', 'must be 8-64 characters'],
      ['FITA_LRS_KEY', 'short', 'must be 8-64 characters'],
      ['FITA_LRS_SECRET', 'too-short', 'must have at least 16 characters'],
      ['FITA_SESSION_TTL_HOURS', '0', 'expected number to be >0'],
      ['FITA_SESSION_TTL_HOURS', '721', 'expected number to be <=720'],
      ['FITA_LOGIN_MAX_FAILURES', '0', 'expected number to be >=1'],
      ['FITA_LOGIN_MAX_FAILURES', '2.5', 'expected int'],
      ['FITA_LOGIN_FAILURE_WINDOW_MINUTES', '1441', 'expected number to be <=1440'],
      ['FITA_LOGIN_LOCKOUT_MINUTES', '0', 'expected number to be >=1'],
      ['FITA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE', 'many', 'expected number'],
      ['FITA_LOG_FORMAT', 'xml', 'Invalid option'],
      ['LOG_LEVEL', 'info', 'Invalid option'],
      ['FITA_XAPI_DEFAULT_VERSION', '1.0', 'Invalid option'],
      ['FITA_MAX_BODY_MB', '-1', 'expected number to be >=0'],
      ['FITA_MAX_IMPORT_MB', '0', 'expected number to be >=1'],
      ['FITA_EXPORT_RETENTION_DAYS', '0', 'expected number to be >=1'],
      ['FITA_EXPORT_RETENTION_DAYS', '3651', 'expected number to be <=3650'],
      ['FITA_TRUST_PROXY', 'true', 'would let any client choose its address'],
      ['FITA_TRUST_PROXY', 'loopback, proxy.internal', '"proxy.internal" is not loopback'],
      ['FITA_TRUST_PROXY', '10.0.0.0/33', '"10.0.0.0/33" is not loopback'],
    ];
    // Any non-empty path is a valid folder (an empty one means "use the default"): no bad value to try.
    const acceptsAnyValue = ['FITA_DASHBOARD_DIR', 'FITA_DATA_DIR'];

    it('covers every key of the schema', () => {
      const covered = new Set([...badValues.map(([key]) => key), ...acceptsAnyValue]);
      expect([...covered].sort()).toEqual(Object.keys(envSchema.shape).sort());
    });

    it.each(badValues)('%s=%j', (key, value, message) => {
      const problems = problemsOf({ ...validEnv, [key]: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${key}: `));
      expect(problems[0]).toContain(message);
    });
  });

  it.each([
    ['false', false],
    ['2', 2],
    ['uniquelocal,192.168.1.7', ['uniquelocal', '192.168.1.7']],
  ])('reads FITA_TRUST_PROXY=%j as %j', (value, trusted) => {
    expect(loadConfig({ FITA_TRUST_PROXY: value }).trustProxy).toEqual(trusted);
  });

  it('reports several bad keys at once, in one ConfigError', () => {
    const env = {
      ...validEnv,
      PORT: 'eighty',
      DATABASE_URL: 'mysql://fita@db/fita',
      FITA_TIMEZONE: 'Europe/Atlantis',
      LOG_LEVEL: 'loud',
    };
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const error = thrown as ConfigError;
    expect(error.name).toBe('ConfigError');
    expect(keysOf(error.problems).sort()).toEqual([
      'DATABASE_URL',
      'FITA_TIMEZONE',
      'LOG_LEVEL',
      'PORT',
    ]);
    for (const problem of error.problems) expect(error.message).toContain(`  - ${problem}`);
  });

  describe('refuses half of a first-account pair', () => {
    it.each([
      [
        'FITA_ADMIN_EMAIL without FITA_ADMIN_PASSWORD',
        { FITA_ADMIN_PASSWORD: undefined },
        'FITA_ADMIN_PASSWORD: must be set together with FITA_ADMIN_EMAIL',
      ],
      [
        'FITA_ADMIN_PASSWORD without FITA_ADMIN_EMAIL',
        { FITA_ADMIN_EMAIL: undefined },
        'FITA_ADMIN_EMAIL: must be set together with FITA_ADMIN_PASSWORD',
      ],
      [
        'FITA_LRS_KEY without FITA_LRS_SECRET',
        { FITA_LRS_SECRET: undefined },
        'FITA_LRS_SECRET: must be set together with FITA_LRS_KEY',
      ],
      [
        'FITA_LRS_SECRET without FITA_LRS_KEY',
        { FITA_LRS_KEY: undefined },
        'FITA_LRS_KEY: must be set together with FITA_LRS_SECRET',
      ],
      [
        'an empty FITA_ADMIN_PASSWORD',
        { FITA_ADMIN_PASSWORD: '' },
        'FITA_ADMIN_PASSWORD: must be set together with FITA_ADMIN_EMAIL',
      ],
    ])('%s', (_name, change, problem) => {
      expect(problemsOf({ ...validEnv, ...change })).toEqual([problem]);
    });

    it('reports both incomplete pairs at once', () => {
      const problems = problemsOf({
        FITA_ADMIN_EMAIL: 'admin@example.org',
        FITA_LRS_SECRET: 'a-long-enough-secret',
      });
      expect(problems).toEqual([
        'FITA_ADMIN_PASSWORD: must be set together with FITA_ADMIN_EMAIL',
        'FITA_LRS_KEY: must be set together with FITA_LRS_SECRET',
      ]);
    });

    it('accepts both pairs unset', () => {
      const withoutPairs = Object.fromEntries(
        Object.entries(validEnv).filter(([key]) => !/^FITA_(ADMIN|LRS)_/.test(key)),
      );
      const config = loadConfig(withoutPairs);
      expect(config.firstAdmin).toEqual({ email: undefined, password: undefined });
      expect(config.firstLrsCredential).toEqual({ key: undefined, secret: undefined });
    });
  });

  describe('time zone', () => {
    it.each(['Europe/Madrid', 'Atlantic/Canary', 'UTC', 'America/New_York'])(
      'accepts %s',
      (zone) => {
        expect(loadConfig({ FITA_TIMEZONE: zone }).timeZone).toBe(zone);
      },
    );

    it.each(['Europe/Madird', 'Madrid', 'GMT+25', 'CET; DROP TABLE'])('refuses %j', (zone) => {
      expect(problemsOf({ FITA_TIMEZONE: zone })).toEqual([
        'FITA_TIMEZONE: is not an IANA time zone (e.g. Europe/Madrid)',
      ]);
    });
  });

  describe('service URLs', () => {
    it.each(['postgres://fita:secret@db:5432/fita', 'postgresql://db/fita?sslmode=require'])(
      'accepts DATABASE_URL=%s',
      (url) => {
        expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
      },
    );

    it.each([
      'mysql://db/fita',
      'http://db:5432/fita',
      'db:5432/fita',
      'redis://db:6379',
      'postgres:/db',
    ])('refuses DATABASE_URL=%s', (url) => {
      expect(problemsOf({ DATABASE_URL: url })).toEqual([
        'DATABASE_URL: must start with postgres:// or postgresql://',
      ]);
    });

    it.each(['redis://cache:6379', 'rediss://user:pass@cache:6380/2'])(
      'accepts REDIS_URL=%s',
      (url) => {
        expect(loadConfig({ REDIS_URL: url }).redisUrl).toBe(url);
      },
    );

    it.each(['http://cache:6379', 'cache:6379', 'postgres://db/fita'])(
      'refuses REDIS_URL=%s',
      (url) => {
        expect(problemsOf({ REDIS_URL: url })).toEqual([
          'REDIS_URL: must start with redis:// or rediss://',
        ]);
      },
    );
  });

  describe('empty values', () => {
    const optionalKeys = [
      'DATABASE_URL',
      'REDIS_URL',
      'FITA_ADMIN_EMAIL',
      'FITA_ADMIN_PASSWORD',
      'FITA_LRS_KEY',
      'FITA_LRS_SECRET',
      'FITA_DASHBOARD_DIR',
    ];

    it.each(['', '   '])('treats %j as unset for the optional keys', (empty) => {
      const env = Object.fromEntries(optionalKeys.map((key) => [key, empty]));
      expect(loadConfig(env)).toEqual(loadConfig({}));
    });

    it.each(['', '   '])(
      'treats %j as unset for keys with a default, which then apply',
      (empty) => {
        const keys = Object.keys(envSchema.shape).filter((key) => !optionalKeys.includes(key));
        const env = Object.fromEntries(keys.map((key) => [key, empty]));
        expect(loadConfig(env)).toEqual(loadConfig({}));
      },
    );

    it('keeps a value that is surrounded by spaces, trimmed', () => {
      const config = loadConfig({ DATABASE_URL: '  postgres://db/fita  ', FITA_TIMEZONE: ' UTC ' });
      expect(config.databaseUrl).toBe('postgres://db/fita');
      expect(config.timeZone).toBe('UTC');
    });
  });
});
