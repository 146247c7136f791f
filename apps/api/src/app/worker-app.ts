import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule, type AppOptions } from './app.module.js';
import { createLogger } from './logger.js';

/** A worker process: the same module tree with workers on and no HTTP server. */
export async function createWorkerApp(
  options: Omit<AppOptions, 'worker'>,
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(
    AppModule.register({ ...options, worker: true }),
    {
      logger: createLogger(options.config),
    },
  );
  return app;
}
