// Generates and writes the demo in a worker thread, so the first start keeps
// serving (the dashboard, the login) while it spends seconds of CPU on it.
import { parentPort, workerData } from 'node:worker_threads';
import { writeDemoFiles } from './demo-files.js';
import { generateDemo } from './demo-generator.js';

const { dir, seed } = workerData as { dir: string; seed: number };
parentPort?.postMessage(await writeDemoFiles(dir, generateDemo(seed)));
