// Production smoke test (run by .ci/run): the three production processes as an
// operator runs them — `migrate`, then the API (`main.js`) and a worker
// (`worker.js`) as separate processes on DATABASE_URL and REDIS_URL — and the
// spine through HTTP: two actors of 2020 must read back as users: 2.
//
//   DATABASE_URL=postgres://... REDIS_URL=redis://... node tools/smoke/production-smoke.mjs
//
// It creates and drops a database of its own on DATABASE_URL's server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
if (!serverUrl || !redisUrl) {
  console.error('production-smoke needs DATABASE_URL and REDIS_URL');
  process.exit(2);
}

const database = `fita_smoke_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(serverUrl, database);
const port = await freePort();
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  PORT: String(port),
  FITA_QUEUE_PREFIX: `smoke${randomBytes(3).toString('hex')}`,
  FITA_ADMIN_EMAIL: 'smoke@fita.local',
  FITA_ADMIN_PASSWORD: 'smoke-admin-password',
  FITA_LRS_KEY: 'smoke-lrs-key',
  FITA_LRS_SECRET: 'smoke-lrs-secret-0123456789',
};
const children = [];
const started = Date.now();

await admin(`CREATE DATABASE ${database}`);
try {
  const refused = await run('main.js', { expectExit: true });
  check(
    refused.code !== 0 && /pending migrations/.test(refused.output),
    'the API refuses to start before migrate',
  );
  const migrated = await run('migrate.js', { expectExit: true });
  check(migrated.code === 0, `migrate exits 0 (${migrated.output.trim()})`);

  run('main.js');
  run('worker.js');
  const base = `http://127.0.0.1:${port}`;
  await until(
    async () => (await fetch(`${base}/health`).catch(() => ({ status: 0 }))).status === 200,
    60_000,
    '/health 200',
  );

  const posted = await fetch(`${base}/xapi/statements`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${env.FITA_LRS_KEY}:${env.FITA_LRS_SECRET}`).toString('base64')}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify([
      {
        actor: { mbox: 'mailto:a@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/registered' },
        object: { id: 'https://lms.example.org/c/1' },
        timestamp: '2020-02-01T10:00:00Z',
      },
      {
        actor: { mbox: 'mailto:b@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
        object: { id: 'https://lms.example.org/c/1' },
        timestamp: '2020-10-01T10:00:00Z',
      },
    ]),
  });
  check(posted.status === 200, 'two statements stored');

  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env.FITA_ADMIN_EMAIL, password: env.FITA_ADMIN_PASSWORD }),
  });
  const { token } = await login.json();
  const get = async (p) =>
    (await fetch(`${base}${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const postedAt = Date.now();
  await until(
    async () => {
      const f = await get('/api/indicators/freshness');
      return f.statementsStored === 2 && f.statementsProcessed === 2;
    },
    60_000,
    'freshness caught up (the worker process refreshed the facts)',
  );
  const caughtUpMs = Date.now() - postedAt;
  const figures = await get('/api/indicators?from=2020-01-01&to=2020-12-31');
  check(
    figures.users === 2,
    `users 2020 = 2 (got ${figures.users}); freshness caught up in ${caughtUpMs} ms`,
  );
  console.log(`production smoke passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve())),
    ),
  );
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}

function run(entry, { expectExit = false } = {}) {
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist', entry)], {
    cwd: root,
    env,
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  child.on('exit', (code) => {
    if (!expectExit && code !== 0 && code !== null)
      console.error(`${entry} exited with ${code}:\n${output}`);
  });
  return expectExit
    ? new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })))
    : child;
}

function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) throw new Error(`production smoke failed: ${what}`);
}

async function until(condition, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  check(false, what);
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}
