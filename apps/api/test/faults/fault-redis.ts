import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { findFreePort } from '../../src/database/embedded-postgres/free-port.finder.js';
import { killOnExit } from './fault-cleanup.js';

/**
 * A Redis server of the test's own on a free port, without persistence like
 * the machine's: stopping it loses every job and schedule, which is the
 * harder case for Fita. It starts again on the same port.
 */
export interface FaultRedis {
  url: string;
  isRunning(): boolean;
  /** SIGTERM (a clean shutdown) or SIGKILL (a crash); resolves once it has exited. */
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same port, empty; resolves once it answers PING. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startFaultRedis(): Promise<FaultRedis> {
  const port = await findFreePort();
  let server: ChildProcess | undefined;
  const alive = () => !!server && server.exitCode === null && server.signalCode === null;
  const start = async () => {
    if (alive()) throw new Error('the fault Redis is already running');
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    server = child;
    killOnExit(child);
    await waitForPing(port, child);
  };
  const stop = async (signal: 'SIGTERM' | 'SIGKILL') => {
    const running = server;
    if (!running || !alive()) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    isRunning: alive,
    stop,
    start,
    destroy: () => stop('SIGKILL'),
  };
}

async function waitForPing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    const client = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    const pong = await client
      .connect()
      .then(() => client.ping())
      .catch(() => undefined);
    client.disconnect();
    if (pong === 'PONG') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer on port ${port} within 10 s`);
}
