import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { seconds, SLOW_READ_MS } from '../common/slow-read.js';

/**
 * Logs each request still unanswered after `SLOW_READ_MS`, and again when
 * its answer goes out or its client gives up: a request that hangs shows
 * while it hangs, wherever in Fita it waits. Without the query string,
 * which may name a person (xAPI `agent`).
 */
export function slowRequestLog(logger: LoggerService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    const what = `${request.method} ${request.path}`;
    const watchdog = setTimeout(() => {
      logger.warn(`request unanswered after ${seconds(SLOW_READ_MS)}: ${what}`, 'HTTP');
    }, SLOW_READ_MS);
    watchdog.unref();
    response.on('close', () => {
      clearTimeout(watchdog);
      const ms = performance.now() - started;
      if (ms < SLOW_READ_MS) return;
      const outcome = response.writableFinished
        ? `answered ${response.statusCode}`
        : 'the client left before the answer';
      logger.warn(`slow request (${seconds(ms)}, ${outcome}): ${what}`, 'HTTP');
    });
    next();
  };
}
