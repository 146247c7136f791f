import { isIP } from 'node:net';
import { z } from 'zod';

const timeZone = z
  .string()
  .trim()
  .refine((zone) => isKnownTimeZone(zone), {
    message: 'is not an IANA time zone (e.g. Europe/Madrid)',
  });

const postgresUrl = z
  .string()
  .trim()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), {
    message: 'must start with postgres:// or postgresql://',
  });

/** Names Express's `trust proxy` knows for address ranges. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Which proxies may say, in X-Forwarded-For, who the client is. The login
 * rate limit counts per client address, so trusting every sender would let
 * a client pick a new address per attempt, and trusting none behind a proxy
 * would count every user as one address.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, context): false | number | string[] => {
    if (value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.filter(
      (entry) => !PROXY_RANGES.includes(entry) && !isAddressOrSubnet(entry),
    );
    if (value === 'true' || bad.length > 0) {
      context.addIssue({
        code: 'custom',
        message:
          value === 'true'
            ? 'true would let any client choose its address; list the proxies (loopback, addresses or subnets such as 10.0.0.0/8), give a hop count, or false'
            : `${bad.map((entry) => JSON.stringify(entry)).join(', ')} is not loopback, linklocal, uniquelocal, an IP address or a subnet`,
      });
      return z.NEVER;
    }
    return entries;
  });

const redisUrl = z
  .string()
  .trim()
  .refine((url) => /^rediss?:\/\//.test(url), { message: 'must start with redis:// or rediss://' });

/**
 * Every environment key (empty values are removed before parsing, so they mean
 * "not set"). Fita reads (spec section 10). `.env.example` lists the
 * same keys with their defaults; a test keeps the two in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  FITA_DATA_DIR: z.string().trim().min(1).default('./data'),
  FITA_DEMO: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false'], 'must be true or false'))
    .default('true'),
  DATABASE_URL: postgresUrl.optional(),
  REDIS_URL: redisUrl.optional(),
  FITA_QUEUE_PREFIX: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'must be lower-case letters, digits or _ (max 40), starting with a letter',
    )
    .default('fita'),
  FITA_TIMEZONE: timeZone.default('Europe/Madrid'),
  FITA_XAPI_DEFAULT_VERSION: z.enum(['1.0.3', '2.0.0']).default('2.0.0'),
  FITA_ADMIN_EMAIL: z.string().trim().pipe(z.email('must be an e-mail address')).optional(),
  FITA_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  FITA_LRS_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._~-]{8,64}$/, 'must be 8-64 characters of A-Z a-z 0-9 . _ ~ -')
    .optional(),
  FITA_LRS_SECRET: z.string().min(16, 'must have at least 16 characters').optional(),
  FITA_MAX_BODY_MB: z.coerce.number().int().min(0).max(1024).default(20),
  FITA_MAX_IMPORT_MB: z.coerce.number().int().min(1).max(10_240).default(500),
  FITA_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  FITA_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  FITA_LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  FITA_LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  FITA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  FITA_EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),
  FITA_TRUST_PROXY: trustProxy.default(['loopback']),
  FITA_DASHBOARD_DIR: z.string().trim().optional(),
  FITA_LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export type Env = z.infer<typeof envSchema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An empty value means "not set", so `KEY=` in a .env file gives the default. */
export function withoutEmptyValues(
  environment: Record<string, string | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).filter(
      (entry): entry is [string, string] => (entry[1] ?? '').trim() !== '',
    ),
  );
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  if (prefix === undefined) return true;
  const bits = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
}
