import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { DemoDataset } from './demo-generator.js';
import type { DemoOperation } from './demo-operation.js';

/** The files of a generated demo, in the formats Fita's own interfaces take. */
export const DEMO_FILES = {
  registry: 'learners.csv',
  catalogue: 'courses.csv',
  operation: 'operation.json',
  statements: 'statements.ndjson.gz',
  manifest: 'manifest.json',
} as const;

/** Bumped whenever the generator's output changes: a directory of another version is regenerated. */
export const DEMO_FORMAT = 1;

export interface DemoManifest {
  format: number;
  seed: number;
  statements: number;
  /** SHA-256 (hex) of each file (of the statements uncompressed): the dataset's fingerprint. */
  sha256: Record<string, string>;
}

/**
 * Writes the dataset to `dir` and returns its manifest. Nothing in the files
 * depends on the clock or the machine, so one seed gives the same bytes. The
 * manifest is written last: a directory without one is an interrupted write.
 */
export async function writeDemoFiles(dir: string, dataset: DemoDataset): Promise<DemoManifest> {
  await mkdir(dir, { recursive: true });
  await rm(path.join(dir, DEMO_FILES.manifest), { force: true });
  const sha256: Record<string, string> = {};
  const write = async (name: string, text: string) => {
    await writeFile(path.join(dir, name), text);
    sha256[name] = createHash('sha256').update(text).digest('hex');
  };
  await write(DEMO_FILES.registry, dataset.registryCsv);
  await write(DEMO_FILES.catalogue, dataset.catalogueCsv);
  await write(DEMO_FILES.operation, `${JSON.stringify(dataset.operation, null, 2)}\n`);

  const statementsFile = path.join(dir, DEMO_FILES.statements);
  // Of the uncompressed lines: gzip's header names the operating system.
  const hash = createHash('sha256');
  await pipeline(
    (function* () {
      // Built a line at a time (the file never sits in memory whole), handed
      // on in chunks of about 1 MB: one compression call per line is slow.
      let chunk = '';
      for (const statement of dataset.statements) {
        const line = `${JSON.stringify(statement.build())}\n`;
        hash.update(line);
        chunk += line;
        if (chunk.length >= 1 << 20) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    })(),
    createGzip({ level: 6 }),
    createWriteStream(`${statementsFile}.partial`),
  );
  await rename(`${statementsFile}.partial`, statementsFile);
  sha256[DEMO_FILES.statements] = hash.digest('hex');

  const manifest: DemoManifest = {
    format: DEMO_FORMAT,
    seed: dataset.seed,
    statements: dataset.statements.length,
    sha256,
  };
  await writeFile(path.join(dir, DEMO_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of a complete demo directory, or null when there is none (or it is of another format). */
export async function readDemoManifest(dir: string): Promise<DemoManifest | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, DEMO_FILES.manifest), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const manifest = JSON.parse(text) as DemoManifest;
  return manifest.format === DEMO_FORMAT ? manifest : null;
}

export async function readDemoOperation(dir: string): Promise<DemoOperation> {
  return JSON.parse(await readFile(path.join(dir, DEMO_FILES.operation), 'utf8')) as DemoOperation;
}

/** The statements file, one JSON text per line, as it is read back. */
export async function* demoStatementLines(dir: string): AsyncGenerator<string> {
  const lines = createInterface({
    input: createReadStream(path.join(dir, DEMO_FILES.statements)).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line !== '') yield line;
}
