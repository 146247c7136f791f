// Config-level checks of docker-compose.yml, the Dockerfile and .dockerignore: no Docker
// engine runs here (docs: shared STACK.md), so these read the files and hold them to
// what the app needs (spec section 10: migrate once, then API and workers on Postgres + Redis).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { parse, parseDocument } from 'yaml';
import { loadConfig } from './config.js';
import { envSchema } from './env.schema.js';
import { findRepoRoot } from './repo-root.js';

type Service = {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target?: number; published?: number | string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  restart?: string;
  container_name?: string;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const root = findRepoRoot();
const composeText = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as Compose;
const services = compose.services;
const APP_SERVICES = ['migrate', 'api', 'worker'] as const;
const schemaKeys = new Set(Object.keys(envSchema.shape));

/** Compose's variable substitution: $$, ${VAR}, ${VAR:-default}, ${VAR-default}, $VAR. */
function interpolate(value: string, host: Record<string, string>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      match,
      braced: string | undefined,
      operator: string | undefined,
      fallback: string | undefined,
      bare: string | undefined,
    ) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare) as string;
      const set = host[name];
      if (operator === ':-') return set ? set : (fallback as string);
      if (operator === '-') return set !== undefined ? set : (fallback as string);
      return set ?? '';
    },
  );
}

/** A service's environment as written (before substitution). */
function rawEnvironment(service: Service): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((item) => [item.split('=')[0], item.slice(item.indexOf('=') + 1)]),
    );
  }
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [key, value == null ? '' : String(value)]),
  );
}

/** A service's environment as its container gets it, for the given host variables. */
function environmentOf(name: string, host: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rawEnvironment(services[name])).map(([key, value]) => [
      key,
      interpolate(value, host),
    ]),
  );
}

function commandOf(name: string): string[] {
  const command = services[name].command;
  return typeof command === 'string' ? command.split(/\s+/) : (command ?? []);
}

function healthTest(name: string): string[] {
  const test = services[name].healthcheck?.test;
  return typeof test === 'string' ? ['CMD-SHELL', test] : (test ?? []);
}

function dependencies(name: string): Record<string, string> {
  const dependsOn = services[name].depends_on ?? {};
  if (Array.isArray(dependsOn))
    return Object.fromEntries(dependsOn.map((dep) => [dep, 'service_started']));
  return Object.fromEntries(
    Object.entries(dependsOn).map(([dep, { condition }]) => [dep, condition ?? 'service_started']),
  );
}

/** The workspaces of the root package.json, expanded (apps/api, libs/xapi, ...). */
function workspaces(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  return manifest.workspaces
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [pattern];
      const parent = pattern.slice(0, -2);
      return fs.readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}`);
    })
    .filter((dir) => fs.existsSync(path.join(root, dir, 'package.json')))
    .sort();
}

describe('docker-compose.yml', () => {
  it('is valid YAML without warnings', () => {
    const document = parseDocument(composeText, { merge: true });
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
  });

  it('has the five services', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'worker']);
  });

  it('runs Postgres 15 and Redis 7', () => {
    expect(services['postgres'].image).toMatch(/^postgres:15(?:[.-]|$)/);
    expect(services['redis'].image).toMatch(/^redis:7(?:[.-]|$)/);
  });

  it('keeps the Postgres data in a named volume', () => {
    const mounts = (services['postgres'].volumes ?? []).map((volume) =>
      typeof volume === 'string' ? volume : `${volume.source}:${volume.target}`,
    );
    const data = mounts.find((mount) => mount.split(':')[1] === '/var/lib/postgresql/data');
    expect(data).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(data!.split(':')[0]);
  });

  describe('health checks', () => {
    it('asks Postgres with pg_isready', () => {
      expect(healthTest('postgres')[0]).toMatch(/^CMD(-SHELL)?$/);
      expect(healthTest('postgres').join(' ')).toMatch(/\bpg_isready\b/);
    });

    it('asks Redis with redis-cli ping', () => {
      expect(healthTest('redis').join(' ')).toMatch(/^CMD(-SHELL)? redis-cli ping$/);
    });

    it('asks the API for GET /health with Node (the slim image has no curl)', () => {
      const [kind, program, flag, script] = healthTest('api');
      expect([kind, program, flag]).toEqual(['CMD', 'node', '-e']);
      expect(script).toContain("fetch('http://127.0.0.1:3000/health')");
      expect(script).toMatch(/process\.exit\(r\.ok \? 0 : 1\)/);
      expect(() => new vm.Script(script)).not.toThrow();
    });
  });

  describe('the app services (migrate, api, worker)', () => {
    it('share one YAML anchor, x-fita-app, built from the Dockerfile', () => {
      const raw = parse(composeText) as Record<string, Record<string, Record<string, unknown>>>;
      const shared = raw['x-fita-app'];
      expect(shared).toBeDefined();
      for (const name of APP_SERVICES) expect(raw['services'][name]['<<']).toEqual(shared);
      const build = services['api'].build;
      const context = typeof build === 'string' ? build : (build?.context ?? '.');
      const dockerfile =
        typeof build === 'string' ? 'Dockerfile' : (build?.dockerfile ?? 'Dockerfile');
      expect(fs.existsSync(path.join(root, context, dockerfile))).toBe(true);
      for (const name of APP_SERVICES) {
        expect([services[name].image, services[name].build]).toEqual([
          services['api'].image,
          build,
        ]);
      }
    });

    it.each([
      ['migrate', 'migrate'],
      ['api', 'main'],
      ['worker', 'worker'],
    ])('%s runs apps/api/dist/%s.js, an entry point that exists', (name, entry) => {
      expect(commandOf(name)).toEqual(['node', `apps/api/dist/${entry}.js`]);
      expect(fs.existsSync(path.join(root, `apps/api/src/${entry}.ts`))).toBe(true);
    });

    it('migrate is one-shot and waits for a healthy Postgres', () => {
      expect(services['migrate'].restart).toBe('no');
      expect(dependencies('migrate')).toEqual({ postgres: 'service_healthy' });
      expect(services['migrate'].ports).toBeUndefined();
    });

    it.each(['api', 'worker'])(
      '%s starts after healthy Postgres and Redis and a completed migration',
      (name) => {
        expect(dependencies(name)).toEqual({
          postgres: 'service_healthy',
          redis: 'service_healthy',
          migrate: 'service_completed_successfully',
        });
      },
    );

    it.each(APP_SERVICES)('%s reaches Postgres and Redis by their service names', (name) => {
      const postgres = environmentOf('postgres');
      const env = environmentOf(name);
      const database = new URL(env['DATABASE_URL']);
      expect(database.protocol).toBe('postgres:');
      expect(database.hostname).toBe('postgres');
      expect(database.port).toBe('5432');
      expect(decodeURIComponent(database.username)).toBe(postgres['POSTGRES_USER']);
      expect(decodeURIComponent(database.password)).toBe(postgres['POSTGRES_PASSWORD']);
      expect(database.pathname).toBe(`/${postgres['POSTGRES_DB']}`);
      const redis = new URL(env['REDIS_URL']);
      expect([redis.protocol, redis.hostname, redis.port]).toEqual(['redis:', 'redis', '6379']);
    });

    it('uses the POSTGRES_PASSWORD of the host on both sides of the connection', () => {
      const host = { POSTGRES_PASSWORD: 'from-the-host' };
      expect(environmentOf('postgres', host)['POSTGRES_PASSWORD']).toBe('from-the-host');
      for (const name of APP_SERVICES) {
        expect(new URL(environmentOf(name, host)['DATABASE_URL']).password).toBe('from-the-host');
      }
    });

    it.each(APP_SERVICES)('%s sets only keys of the environment schema (or POSTGRES_*)', (name) => {
      const unknown = Object.keys(rawEnvironment(services[name])).filter(
        (key) => !schemaKeys.has(key) && !key.startsWith('POSTGRES_'),
      );
      expect(unknown).toEqual([]);
    });

    it.each(APP_SERVICES)(
      '%s gets a valid production configuration when the host sets nothing',
      (name) => {
        const config = loadConfig(environmentOf(name));
        expect(config.env).toBe('production');
        expect(config.databaseUrl).toBeDefined();
        expect(config.redisUrl).toBeDefined();
        expect(config.timeZone).toBe('Europe/Madrid');
        expect(config.firstAdmin).toEqual({ email: undefined, password: undefined });
      },
    );

    it('passes the time zone and the first accounts through from the host', () => {
      const host = {
        FITA_TIMEZONE: 'Atlantic/Canary',
        FITA_ADMIN_EMAIL: 'admin@example.org',
        FITA_ADMIN_PASSWORD: 'correct horse battery',
        FITA_LRS_KEY: 'lms-moodle',
        FITA_LRS_SECRET: 'a-long-enough-secret',
      };
      for (const name of ['api', 'worker']) expect(environmentOf(name, host)).toMatchObject(host);
    });

    it('writes no secret: first-account values only come from the host', () => {
      const env = rawEnvironment(services['api']);
      for (const key of [
        'FITA_ADMIN_EMAIL',
        'FITA_ADMIN_PASSWORD',
        'FITA_LRS_KEY',
        'FITA_LRS_SECRET',
      ]) {
        expect(env[key]).toBe(`\${${key}:-}`);
      }
    });

    it('api publishes port 3000 and listens on it', () => {
      expect(services['api'].ports).toEqual(['3000:3000']);
      expect(environmentOf('api')['PORT'] ?? '3000').toBe('3000');
    });

    it('worker publishes no port and has no fixed container name, so it scales', () => {
      expect(services['worker'].ports).toBeUndefined();
      expect(services['worker'].container_name).toBeUndefined();
    });
  });
});

describe('Dockerfile', () => {
  type Instruction = { name: string; args: string };
  const instructions: Instruction[] = fs
    .readFileSync(path.join(root, 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [name, ...rest] = line.split(/\s+/);
      return { name: name.toUpperCase(), args: rest.join(' ') };
    });
  const stages: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.name === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  const build = stages[0] ?? [];
  const runtime = stages.at(-1) ?? [];
  const args = (stage: Instruction[], name: string) =>
    stage.filter((i) => i.name === name).map((i) => i.args);
  const envOf = (stage: Instruction[]): Record<string, string> =>
    Object.fromEntries(
      args(stage, 'ENV').flatMap((line) =>
        line
          .split(/\s+/)
          .map((pair): [string, string] => [
            pair.slice(0, pair.indexOf('=')),
            pair.slice(pair.indexOf('=') + 1),
          ]),
      ),
    );

  it('builds in one stage and runs in another, both on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const from of args(instructions, 'FROM'))
      expect(from).toMatch(/^node:20-bookworm-slim( AS \w+)?$/i);
  });

  it('builds the whole workspace with npm ci and npm run build, offline-friendly', () => {
    expect(envOf(build)).toMatchObject({
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NG_CLI_ANALYTICS: 'false',
    });
    const runs = args(build, 'RUN');
    expect(runs.findIndex((run) => /^npm ci\b/.test(run))).toBeGreaterThanOrEqual(0);
    expect(runs.findIndex((run) => run === 'npm run build')).toBeGreaterThan(
      runs.findIndex((run) => /^npm ci\b/.test(run)),
    );
  });

  it.each([
    ['build', build],
    ['runtime', runtime],
  ])('copies the package.json of every workspace before npm ci (%s stage)', (_name, stage) => {
    const copies = args(stage, 'COPY');
    for (const workspace of workspaces())
      expect(copies).toContain(`${workspace}/package.json ${workspace}/`);
    expect(copies).toContain('package.json package-lock.json ./');
  });

  it('installs production dependencies only in the runtime stage', () => {
    expect(args(runtime, 'RUN').some((run) => /^npm ci --omit=dev\b/.test(run))).toBe(true);
    expect(
      args(runtime, 'COPY').filter((copy) => !copy.startsWith('--from=') && /^\.\s/.test(copy)),
    ).toEqual([]);
  });

  it('copies the built libs, API and dashboard, where the workspace links expect them', () => {
    const copies = args(runtime, 'COPY');
    const libs = workspaces().filter((dir) => dir.startsWith('libs/'));
    expect(libs.length).toBeGreaterThan(0);
    for (const lib of libs) {
      expect(copies).toContain(`--from=build /app/${lib}/dist ${lib}/dist`);
      // node_modules/@fita/<lib> links to libs/<lib>; its exports must point into dist.
      const manifest = JSON.parse(
        fs.readFileSync(path.join(root, lib, 'package.json'), 'utf8'),
      ) as {
        exports: Record<string, { default: string }>;
      };
      expect(manifest.exports['.'].default).toMatch(/^\.\/dist\//);
    }
    expect(copies).toContain('--from=build /app/apps/api/dist apps/api/dist');
    expect(copies).toContain(
      '--from=build /app/apps/dashboard/dist/browser apps/dashboard/dist/browser',
    );
    expect(args(build, 'WORKDIR')).toEqual(['/app']);
  });

  it('runs main.js as the node user in production, on port 3000', () => {
    const env = envOf(runtime);
    expect(env['NODE_ENV']).toBe('production');
    const appKeys = Object.keys(env).filter((key) =>
      /^(FITA_|NODE_ENV$|PORT$|LOG_LEVEL$)/.test(key),
    );
    expect(appKeys.filter((key) => !schemaKeys.has(key))).toEqual([]);
    expect(env['FITA_DASHBOARD_DIR']).toBe('/app/apps/dashboard/dist/browser');
    expect(args(runtime, 'USER')).toEqual(['node']);
    expect(args(runtime, 'EXPOSE')).toEqual(['3000']);
    const cmd = args(runtime, 'CMD');
    expect(cmd).toHaveLength(1);
    expect(JSON.parse(cmd[0])).toEqual(['node', 'apps/api/dist/main.js']);
    expect(fs.existsSync(path.join(root, 'apps/api/src/main.ts'))).toBe(true);
  });
});

describe('.dockerignore', () => {
  const patterns = fs
    .readFileSync(path.join(root, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('leaves out dependencies, build output, data and history at any depth', () => {
    expect(patterns).toEqual(
      expect.arrayContaining([
        '.git',
        '**/node_modules',
        '**/dist',
        '**/coverage',
        '**/.nx',
        'data',
        '.env',
      ]),
    );
  });

  it('keeps what the build needs', () => {
    for (const needed of [
      'package.json',
      'package-lock.json',
      'nx.json',
      'tsconfig.base.json',
      'apps',
      'libs',
      'tools',
    ]) {
      expect(
        patterns.filter((pattern) => pattern.replace(/^\*\*\//, '') === needed || pattern === '*'),
      ).toEqual([]);
    }
  });
});
