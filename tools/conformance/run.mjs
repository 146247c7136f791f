// `npm run conformance [-- --versions 1.0.3,2.0.0] [--suite DIR]`: runs the ADL
// LRS conformance test suite against a Fita started for the run.
//
// The suite is not part of Fita. Get it once, beside this repository:
//   git clone https://github.com/adlnet/lrs-conformance-test-suite ../lrs-conformance-test-suite
//   (cd ../lrs-conformance-test-suite && npm install)
// or point LRS_CONFORMANCE_SUITE (or --suite) at a checkout.
//
// Mode: with DATABASE_URL and REDIS_URL set, Fita runs as in production
// (migrate, main.js, worker.js on a fresh database of that server); otherwise
// as the embedded default (start.js on a temporary data folder).
// The suite's exit code is its failure count modulo 256, so this reads the
// JSON summary it writes under logs/ and exits 1 when anything failed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const suite = path.resolve(
  option(
    'suite',
    process.env.LRS_CONFORMANCE_SUITE ?? path.join(root, '../lrs-conformance-test-suite'),
  ),
);
const versions = option('versions', '1.0.3,2.0.0').split(',');
if (
  !fs.existsSync(path.join(suite, 'bin/console_runner.js')) ||
  !fs.existsSync(path.join(suite, 'node_modules'))
) {
  console.error(
    `No installed conformance suite at ${suite}. See the top of tools/conformance/run.mjs for how to get it.`,
  );
  process.exit(2);
}

const credential = { key: 'conformance', secret: `conformance-${randomBytes(8).toString('hex')}` };
const production = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
let failed = 0;
for (const version of versions) {
  // A fresh Fita per version: the suites disagree on the version header of a
  // request that names none (FITA_XAPI_DEFAULT_VERSION).
  const settings = { FITA_XAPI_DEFAULT_VERSION: version };
  const fita = production ? await startProduction(settings) : await startEmbedded(settings);
  try {
    failed += (await runSuite(version, fita.baseUrl)).failed;
  } finally {
    await fita.stop();
  }
}
console.log(
  `\nconformance (${production ? 'production mode' : 'embedded default'}): ${failed === 0 ? 'no failures' : `${failed} failures`}`,
);
process.exit(failed === 0 ? 0 : 1);

async function runSuite(version, baseUrl) {
  const logs = path.join(suite, 'logs');
  const before = new Set(fs.existsSync(logs) ? fs.readdirSync(logs) : []);
  console.log(`\n== xAPI ${version} against ${baseUrl}/xapi`);
  await run(
    process.execPath,
    [
      'bin/console_runner.js',
      '-e',
      `${baseUrl}/xapi`,
      '-a',
      '-u',
      credential.key,
      '-p',
      credential.secret,
      '-x',
      version,
      '-z',
    ],
    { cwd: suite },
  );
  const log = fs
    .readdirSync(logs)
    .filter((name) => !before.has(name))
    .map((name) => path.join(logs, name))
    .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs)
    .pop();
  if (!log) throw new Error('the suite wrote no log');
  const report = JSON.parse(fs.readFileSync(log, 'utf8'));
  const failures = [];
  const walk = (node, trail) => {
    const children = node.tests ?? [];
    if (children.length === 0 && node.status === 'failed')
      failures.push(`${trail.filter(Boolean).join(' / ')} | ${node.title ?? node.name}`);
    for (const child of children) walk(child, [...trail, node.title ?? node.name]);
  };
  if (report.log) walk(report.log, []);
  for (const failure of failures) console.log(`  FAIL ${failure}`);
  console.log(
    `xAPI ${version}: ${report.summary.passed} passed, ${report.summary.failed} failed of ${report.summary.total} (log ${log})`,
  );
  return report.summary;
}

async function startEmbedded(settings) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-conformance-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child = await startProcess(
    'start.js',
    { ...settings, FITA_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '' },
    'Fita is running at',
  );
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopProcess(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startProduction(settings) {
  const database = `fita_conformance_${randomBytes(4).toString('hex')}`;
  const url = new URL(process.env.DATABASE_URL);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  url.pathname = `/${database}`;
  await adminQuery(admin.toString(), `CREATE DATABASE ${database}`);
  const port = await freePort();
  const env = {
    ...settings,
    NODE_ENV: 'production',
    DATABASE_URL: url.toString(),
    PORT: String(port),
    FITA_QUEUE_PREFIX: `conf${randomBytes(3).toString('hex')}`,
  };
  await run(process.execPath, [path.join(root, 'apps/api/dist/migrate.js')], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  const api = await startProcess('main.js', env, 'Nest application successfully started');
  const worker = await startProcess('worker.js', env, 'workers running');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await Promise.all([stopProcess(api), stopProcess(worker)]);
      await adminQuery(admin.toString(), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

async function startProcess(entry, env, readyText) {
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist', entry)], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'log',
      FITA_LRS_KEY: credential.key,
      FITA_LRS_SECRET: credential.secret,
      FITA_ADMIN_EMAIL: 'conformance@fita.local',
      FITA_ADMIN_PASSWORD: `admin-${credential.secret}`,
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!output.includes(readyText)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${entry} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

function stopProcess(child) {
  if (child.exitCode !== null) return Promise.resolve();
  child.kill('SIGTERM');
  return new Promise((resolve) => child.on('exit', resolve));
}

function run(command, commandArgs, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      stdio: ['ignore', 'inherit', 'inherit'],
      ...options,
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
}

async function adminQuery(connectionString, sql) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
