// `npm run bench [-- --sizes 20000,100000]`: Fita's costs against baselines
// measured in the same run, written as JSON under bench/results and as a table.
// Uses DATABASE_URL/REDIS_URL when set (production mode), else the embedded default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
import { startBenchApp, startBenchServer } from './bench-environment.js';
import { runSpineScenarios, type BenchRow } from './spine.scenarios.js';

const sizes = parseSizes(process.argv.slice(2));
const server = await startBenchServer();
const rows: BenchRow[] = [];
try {
  for (const size of sizes) {
    process.stdout.write(`running spine scenarios with ${size} statements...\n`);
    const bench = await startBenchApp(server);
    try {
      rows.push(...(await runSpineScenarios(bench, size)));
    } finally {
      await bench.close();
    }
  }
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
  rows,
};
const dir = path.join(findRepoRoot(), 'bench/results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `bench-${result.at.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `\n${table(rows)}\nmode: ${server.mode}; ${result.machine.cpus} cores\nresults: ${path.relative(process.cwd(), file)}\n`,
);
process.exit(0);

function parseSizes(args: string[]): number[] {
  const index = args.indexOf('--sizes');
  const raw = index >= 0 ? args[index + 1] : '20000';
  const parsed = (raw ?? '').split(',').map(Number);
  if (parsed.some((n) => !Number.isInteger(n) || n < 100)) {
    process.stderr.write(
      '--sizes takes comma-separated whole numbers of at least 100, e.g. --sizes 20000,100000\n',
    );
    process.exit(2);
  }
  return parsed;
}

function table(data: BenchRow[]): string {
  const header = ['scenario', 'size', 'Fita', 'baseline', 'ratio', 'unit'];
  const lines = data.map((r) => [
    r.scenario,
    String(r.size),
    fmt(r.fita),
    fmt(r.baseline),
    `${r.ratio.toFixed(2)}x`,
    r.unit,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const render = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [render(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(render)].join(
    '\n',
  );
}

function fmt(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(2);
}
