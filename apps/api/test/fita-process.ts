// Starts the compiled `start.js` as `npm start` does, for the tests that drive a
// whole Fita from outside (the embedded-start spec, the dashboard's browser
// tests). Node built-ins only, so both the ESM and the CommonJS test setups load it.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface FitaProcessOptions {
  repoRoot: string;
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}

export interface FitaProcess {
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves once the process has printed `text`; fails if it exits first or time runs out. */
  waitForOutput(text: string, timeoutMs: number): Promise<void>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Runs start.js on the embedded default (no DATABASE_URL, no REDIS_URL) and waits until it serves. */
export async function startFitaProcess(options: FitaProcessOptions): Promise<FitaProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FITA_DATA_DIR: options.dataDir,
    PORT: String(options.port),
    NODE_ENV: 'development',
    LOG_LEVEL: 'log',
    // The tests bring their own data; a test of the demo asks for it.
    FITA_DEMO: 'false',
    ...options.env,
  };
  delete env['DATABASE_URL'];
  delete env['REDIS_URL'];
  const child = spawn(process.execPath, [path.join(options.repoRoot, 'apps/api/dist/start.js')], {
    cwd: options.repoRoot,
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const waitForOutput = async (text: string, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (child.exitCode !== null)
        throw new Error(`start.js exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`start.js printed no "${text}" within ${timeoutMs / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await waitForOutput('Fita is running at', 90_000);
  return {
    baseUrl: `http://127.0.0.1:${options.port}`,
    output: () => output,
    waitForOutput,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
