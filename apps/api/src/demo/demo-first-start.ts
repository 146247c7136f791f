import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DemoAccess } from './demo-access.js';
import { readDemoManifest, type DemoManifest } from './demo-files.js';
import { DemoLoadStopped } from './demo-http.js';
import { DEMO_SEED } from './demo-generator.js';
import { loadDemo } from './demo-loader.js';
import { DemoLoadsRepository } from './demo-loads.repository.js';

export interface FirstStartDemo {
  app: INestApplicationContext;
  /** Only the embedded default ever loads the demo (spec section 10). */
  embedded: boolean;
  /** FITA_DEMO */
  wanted: boolean;
  dataDir: string;
  /** Where this process serves, to load through its own HTTP interfaces. */
  baseUrl: string;
  logger: LoggerService;
  /** Aborted when the process shuts down: the load stops, and the next start resumes it. */
  signal?: AbortSignal;
}

const CONTEXT = 'Demo';

/**
 * The first `npm start` of an empty embedded database loads the demo (the
 * files under FITA_DATA_DIR/demo, generated if missing) through HTTP to
 * itself, while it already serves; a start after an interrupted load resumes
 * it. A database that holds anyone's data, production mode and FITA_DEMO=false
 * never get demo data. Resolves when done; failures are logged, not thrown:
 * Fita runs on without the demo.
 */
export async function loadDemoOnFirstStart(options: FirstStartDemo): Promise<void> {
  const { app, logger } = options;
  if (!options.embedded || !options.wanted) return;
  const loads = new DemoLoadsRepository(app.get(DataSource));
  const previous = await loads.find();
  if (previous?.finishedAt) return;
  const seed = previous?.seed ?? DEMO_SEED;
  if (!previous) {
    if (await loads.holdsData()) return;
    // Claimed at once: a start stopped even while generating resumes on the next one.
    await loads.start(seed, new Date());
  }
  try {
    const started = Date.now();
    const dir = path.join(options.dataDir, 'demo');
    let manifest = await readDemoManifest(dir);
    if (manifest?.seed !== seed) {
      logger.log(`generating the demo data in ${dir}`, CONTEXT);
      manifest = await generateInWorker(dir, seed);
    }
    await DemoAccess.revokeLeftover(app, previous?.loaderKey ?? null);
    const access = await DemoAccess.open(app, loads, options.baseUrl, new Date());
    await loads.prepare(seed, manifest.statements, access.target.lrs.key);
    logger.log(
      `${previous ? 'resuming' : 'loading'} the demo data: Cibernàrium 2017-2021, ${manifest.statements} statements (FITA_DEMO=false skips this on an empty database)`,
      CONTEXT,
    );
    try {
      const report = await loadDemo({
        dir,
        target: access.target,
        // Lines stored by a start that loaded these very files (not an older generator's).
        resumeAt: previous?.statementLines === manifest.statements ? previous.storedLines : 0,
        onProgress: async ({ storedLines }) => {
          await loads.progress(seed, storedLines);
        },
        signal: options.signal,
        log: (message) => {
          logger.log(message, CONTEXT);
        },
      });
      await loads.finish(seed, new Date());
      logger.log(
        `figures ready: ${report.statementsStored} statements loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`,
        CONTEXT,
      );
    } finally {
      await access.close();
    }
  } catch (error) {
    if (error instanceof DemoLoadStopped || options.signal?.aborted) {
      logger.log('the demo load stopped; the next start resumes it', CONTEXT);
      return;
    }
    logger.error(
      `the demo data could not be loaded; the next start tries again: ${(error as Error).message}`,
      undefined,
      CONTEXT,
    );
  }
}

function generateInWorker(dir: string, seed: number): Promise<DemoManifest> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./demo-generate.worker.js', import.meta.url), {
      workerData: { dir, seed },
    });
    worker.once('message', (manifest: DemoManifest) => resolve(manifest));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the demo generator stopped with exit code ${code}`));
    });
  });
}
