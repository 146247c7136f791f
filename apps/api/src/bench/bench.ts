// `npm run bench [-- SCENARIO...] [--sizes 20000,100000] [--seconds 30] [--concurrency 16,32,64] [--rows 1000000] [--statements 1000000,10000000] [--minutes 10]`:
// Fita's costs against baselines measured in the same run, written as JSON under
// bench/results and as a table. Scenarios: `spine` (default: ingest, refresh,
// query on one database), `ingest` (production mode: API and worker processes
// on Postgres and Redis, many connections, against COPY), `import` (production
// mode: a learner registry of --rows rows, default 1,000,000, against COPY) and
// `indicators` (five years of realistic statements, --statements of them,
// default 1,000,000, loaded by COPY as the LRS stores them; the full rebuild,
// the incremental refresh after a 1,000-statement POST and GET /api/indicators
// from 32 clients for --seconds, against one scan of the raw statements) and
// `dashboard` (in Chromium, on the demo data: the initial bundle as transferred
// and the time to an interactive overview, against the login page) and
// `export` (the ERDF workbook's evidence sheet for --rows rows, default 1,000,000,
// read through the database cursor and streamed to xlsx in a process of its own,
// against the same rows written as bare CSV) and
// `soak` (production mode: the maximum ingest rate over --seconds from 32
// connections, then --minutes, default 10, fractions allowed, of statements at
// half that rate, open loop, while a manager's dashboard reads run; per-window
// latency, errors, API and worker RSS and refresh lag, against the probe and
// the same reads with no ingestion; exits 1 when a verdict fails: errors, memory
// growth, latency drift, statements missing, refresh not caught up).
// Uses DATABASE_URL/REDIS_URL when set (production mode), else the embedded default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
import { postgresSettings, startBenchApp, startBenchServer } from './bench-environment.js';
import { runDashboardScenario } from './dashboard.scenario.js';
import { runExportScenario } from './export.scenario.js';
import { runImportScenario } from './import.scenario.js';
import { runIndicatorsScenario } from './indicators.scenario.js';
import { runIngestScenario } from './ingest.scenario.js';
import { soakText } from './soak-report.js';
import { runSoakScenario, type SoakDetails } from './soak.scenario.js';
import { runSpineScenarios, type BenchRow } from './spine.scenarios.js';
import { textTable } from './text-table.js';

const SCENARIOS = [
  'spine',
  'ingest',
  'import',
  'indicators',
  'dashboard',
  'export',
  'soak',
] as const;
const args = parseArgs(process.argv.slice(2));
const server = await startBenchServer();
const rows: BenchRow[] = [];
let soak: { details: SoakDetails; passed: boolean } | undefined;
let postgres: Record<string, string> | undefined;
try {
  if (args.scenarios.includes('spine')) {
    for (const size of args.sizes) {
      process.stdout.write(`running spine scenarios with ${size} statements...\n`);
      const bench = await startBenchApp(server);
      try {
        rows.push(...(await runSpineScenarios(bench, size)));
      } finally {
        await bench.close();
      }
    }
  }
  if (args.scenarios.includes('ingest')) {
    process.stdout.write(
      `running ingest for ${args.seconds} s at ${args.concurrency.join(', ')} connections...\n`,
    );
    rows.push(
      ...(await runIngestScenario(server, {
        seconds: args.seconds,
        concurrency: args.concurrency,
        batch: 100,
      })),
    );
  }
  if (args.scenarios.includes('import')) {
    process.stdout.write(`running import of a ${args.rows}-row learner registry...\n`);
    rows.push(...(await runImportScenario(server, args.rows)));
  }
  if (args.scenarios.includes('indicators')) {
    for (const statements of args.statements) {
      process.stdout.write(
        `running indicators with ${statements.toLocaleString('en')} statements...\n`,
      );
      rows.push(...(await runIndicatorsScenario(server, { statements, seconds: args.seconds })));
    }
  }
  if (args.scenarios.includes('dashboard')) {
    process.stdout.write('running dashboard in Chromium on the demo data...\n');
    rows.push(...(await runDashboardScenario()));
  }
  if (args.scenarios.includes('export')) {
    process.stdout.write(`running export of a ${args.rows}-row evidence sheet...\n`);
    rows.push(...(await runExportScenario(server, args.rows)));
  }
  if (args.scenarios.includes('soak')) {
    process.stdout.write(
      `running soak for ${args.minutes} min at half the maximum ingest rate...\n`,
    );
    const report = await runSoakScenario(server, {
      minutes: args.minutes,
      probeSeconds: args.seconds,
    });
    rows.push(...report.rows);
    soak = { details: report.details, passed: report.passed };
  }
  postgres = await postgresSettings(server.serverUrl);
} finally {
  await server.stop();
}

const result = {
  at: new Date().toISOString(),
  mode: server.mode,
  machine: {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  postgres,
  rows,
  ...(soak ? { soak: soak.details } : {}),
};
const dir = path.join(findRepoRoot(), 'bench/results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `bench-${result.at.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `\n${table(rows)}\n${soak ? `\n${soakText(soak.details)}\n\n` : ''}mode: ${server.mode}; ${result.machine.cpus} cores\npostgres: ${settingsLine(postgres ?? {})}\nresults: ${path.relative(process.cwd(), file)}\n`,
);
process.exit(soak && !soak.passed ? 1 : 0);

function settingsLine(settings: Record<string, string>): string {
  return Object.entries(settings)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}

function parseArgs(argv: string[]) {
  const option = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const numbers = (name: string, fallback: string, min: number) => {
    const parsed = (option(name) ?? fallback).split(',').map(Number);
    if (parsed.some((n) => !Number.isInteger(n) || n < min))
      usage(`--${name} takes comma-separated whole numbers of at least ${min}`);
    return parsed;
  };
  const positiveNumber = (name: string, fallback: string) => {
    const parsed = Number(option(name) ?? fallback);
    if (!Number.isFinite(parsed) || parsed <= 0)
      usage(`--${name} takes a number above 0, such as 0.5`);
    return parsed;
  };
  const positional = argv.filter(
    (arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'),
  );
  const unknown = positional.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0)
    usage(`unknown scenario ${unknown.join(', ')}; scenarios: ${SCENARIOS.join(', ')}`);
  return {
    scenarios: positional.length > 0 ? positional : ['spine'],
    sizes: numbers('sizes', '20000', 100),
    seconds: numbers('seconds', '30', 1)[0],
    concurrency: numbers('concurrency', '16,32,64', 1),
    rows: numbers('rows', '1000000', 1)[0],
    statements: numbers('statements', '1000000', 1000),
    minutes: positiveNumber('minutes', '10'),
  };
}

function usage(problem: string): never {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}

function table(data: BenchRow[]): string {
  const header = ['scenario', 'size', 'Fita', 'baseline', 'ratio', 'unit', 'notes'];
  const lines = data.map((r) => [
    r.scenario,
    String(r.size),
    fmt(r.fita),
    r.baseline > 0 ? fmt(r.baseline) : '-',
    r.baseline > 0 ? `${r.ratio.toFixed(2)}x` : '-',
    r.unit,
    r.notes ?? '',
  ]);
  return textTable(header, lines);
}

function fmt(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(2);
}
