import path from 'node:path';
import type { Config } from '../config/config.js';
import { UsageError } from '../run-main.js';
import { writeDemoFiles } from './demo-files.js';
import { DEMO_SEED, generateDemo } from './demo-generator.js';
import { loginToken } from './demo-http.js';
import { loadDemo } from './demo-loader.js';

export const DEMO_USAGE = `Demo data: Barcelona Activa's Cibernàrium online training, 2017-2021

  npm run demo -- generate [--out DIR] [--seed N]
      writes learners.csv, courses.csv, operation.json, statements.ndjson.gz and
      manifest.json to DIR (default FITA_DATA_DIR/demo); the same seed gives the same bytes
  npm run demo -- load [--dir DIR] [--url URL] [--concurrency N]
      sends a generated demo to a running Fita (default http://localhost:PORT) through
      its imports, /api/operations and the LRS, then waits until the figures are current.
      Needs an admin and an LRS credential with statements/write:
        --email E --password P      or FITA_ADMIN_EMAIL, FITA_ADMIN_PASSWORD
        --lrs-key K --lrs-secret S  or FITA_LRS_KEY, FITA_LRS_SECRET
`;

const OPTIONS = {
  generate: ['out', 'seed'],
  load: ['dir', 'url', 'concurrency', 'email', 'password', 'lrs-key', 'lrs-secret'],
} as const;

/** `--name value` or `--name=value`; anything else is a usage error naming it. */
export function parseOptions(command: keyof typeof OPTIONS, args: readonly string[]) {
  const allowed: readonly string[] = OPTIONS[command];
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[index]);
    if (!match || !allowed.includes(match[1])) {
      throw new UsageError(
        `Unknown argument "${args[index]}" for "demo ${command}"; it takes ${allowed.map((o) => `--${o}`).join(', ')}.`,
      );
    }
    const value = match[2] ?? args[++index];
    if (value === undefined || value === '') throw new UsageError(`--${match[1]} needs a value.`);
    options.set(match[1], value);
  }
  return options;
}

function wholeNumber(text: string, name: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

export async function generateCommand(
  config: Config,
  args: readonly string[],
  out: NodeJS.WritableStream,
): Promise<void> {
  const options = parseOptions('generate', args);
  const dir = path.resolve(options.get('out') ?? path.join(config.dataDir, 'demo'));
  const seed = options.has('seed')
    ? wholeNumber(options.get('seed')!, 'seed', 0, 2_147_483_647)
    : DEMO_SEED;
  const started = Date.now();
  const manifest = await writeDemoFiles(dir, generateDemo(seed));
  out.write(
    `Demo (seed ${seed}) written to ${dir}: ${manifest.statements} statements, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

export async function loadCommand(
  config: Config,
  args: readonly string[],
  out: NodeJS.WritableStream,
): Promise<void> {
  const options = parseOptions('load', args);
  const dir = path.resolve(options.get('dir') ?? path.join(config.dataDir, 'demo'));
  const baseUrl = (options.get('url') ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  const email = options.get('email') ?? config.firstAdmin.email;
  const password = options.get('password') ?? config.firstAdmin.password;
  const key = options.get('lrs-key') ?? config.firstLrsCredential.key;
  const secret = options.get('lrs-secret') ?? config.firstLrsCredential.secret;
  const missing = [
    !email && '--email or FITA_ADMIN_EMAIL',
    !password && '--password or FITA_ADMIN_PASSWORD',
    !key && '--lrs-key or FITA_LRS_KEY',
    !secret && '--lrs-secret or FITA_LRS_SECRET',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new UsageError(
      `"demo load" needs an admin login and an LRS credential; missing: ${missing.join(', ')}. Fita printed both at its first start.`,
    );
  }
  const concurrency = options.has('concurrency')
    ? wholeNumber(options.get('concurrency')!, 'concurrency', 1, 64)
    : undefined;
  const token = await loginToken(baseUrl, email!, password!);
  const report = await loadDemo({
    dir,
    target: { baseUrl, token, lrs: { key: key!, secret: secret! } },
    concurrency,
    log: (message) => out.write(`${message}\n`),
  });
  out.write(
    `figures ready: ${report.statementLines} statement lines sent in ${report.sendSeconds.toFixed(1)} s, figures current ${report.refreshSeconds.toFixed(1)} s later (${report.statementsStored} statements stored)\n`,
  );
}
