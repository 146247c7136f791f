import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import type { Request, Response } from 'express';
import { slowRequestLog } from './slow-request-log.js';

describe('slowRequestLog', () => {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as LoggerService;

  beforeEach(() => {
    warnings.length = 0;
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  /** A request through the middleware; its response closes when the test says. */
  function request(path: string) {
    const response = Object.assign(new EventEmitter(), {
      writableFinished: false,
      statusCode: 200,
    });
    const next = jest.fn();
    slowRequestLog(logger)(
      { method: 'GET', path } as Request,
      response as unknown as Response,
      next,
    );
    expect(next).toHaveBeenCalledTimes(1);
    return {
      answer: (status: number) => {
        Object.assign(response, { writableFinished: true, statusCode: status });
        response.emit('close');
      },
      leave: () => response.emit('close'),
    };
  }

  it('logs nothing for a request answered within 10 s', () => {
    const quick = request('/api/indicators');
    jest.advanceTimersByTime(9_900);
    quick.answer(200);
    jest.advanceTimersByTime(1_000);

    expect(warnings).toEqual([]);
  });

  it('logs a request while it hangs, and again when it is answered', () => {
    const slow = request('/api/indicators/courses');
    jest.advanceTimersByTime(10_000);
    expect(warnings).toEqual(['request unanswered after 10.0 s: GET /api/indicators/courses']);

    jest.advanceTimersByTime(2_500);
    slow.answer(503);
    expect(warnings[1]).toBe('slow request (12.5 s, answered 503): GET /api/indicators/courses');
  });

  it('says when the client left before the answer', () => {
    const abandoned = request('/api/quality');
    jest.advanceTimersByTime(30_000);
    abandoned.leave();

    expect(warnings.at(-1)).toBe(
      'slow request (30.0 s, the client left before the answer): GET /api/quality',
    );
  });
});
