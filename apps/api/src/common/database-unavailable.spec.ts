import type { ArgumentsHost } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { badRequest } from './app-error.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { HttpErrorFilter } from './http-error.filter.js';

/** A server error as node-postgres builds it from the wire. */
function serverError(code: string, message: string): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused connection', socketError('ECONNREFUSED')],
    ['reset connection', socketError('ECONNRESET')],
    ['starting up', serverError('57P03', 'the database system is starting up')],
    ['shutting down', serverError('57P03', 'the database system is shutting down')],
    ['admin shutdown', serverError('57P01', 'terminating connection due to administrator command')],
    [
      'crash shutdown',
      serverError('57P02', 'terminating connection due to crash of another server process'),
    ],
    ['too many connections', serverError('53300', 'sorry, too many clients already')],
    ['connection failure', serverError('08006', 'connection failure')],
    ['dropped connection', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['released query runner', new QueryRunnerAlreadyReleasedError()],
    ['released runner provider', new QueryRunnerProviderAlreadyReleasedError()],
    [
      'a query failed on shutdown',
      new QueryFailedError('COMMIT', [], serverError('57P01', 'terminating connection')),
    ],
    ['a cause', new Error('wrapped', { cause: socketError('ECONNREFUSED') })],
  ])('%s: unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      'a unique violation',
      new QueryFailedError('INSERT', [], serverError('23505', 'duplicate key')),
    ],
    ['a syntax error', serverError('42601', 'syntax error at or near "SELEC"')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a client error', badRequest('xapi.invalid_statement', 'Invalid statement')],
    ['nothing', undefined],
  ])('%s: not unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('HttpErrorFilter and an unreachable database', () => {
  function answer(error: unknown) {
    const sent: { status?: number; body?: unknown; headers: Record<string, string> } = {
      headers: {},
    };
    const response = {
      headersSent: false,
      setHeader: (name: string, value: string) => (sent.headers[name] = value),
      status: (status: number) => {
        sent.status = status;
        return { json: (body: unknown) => (sent.body = body) };
      },
    };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as ArgumentsHost;
    new HttpErrorFilter().catch(error, host);
    return sent;
  }

  it('answers 503 with Retry-After, not 500', () => {
    expect(answer(socketError('ECONNREFUSED'))).toEqual({
      status: 503,
      headers: { 'Retry-After': '5' },
      body: {
        code: 'service.database_unavailable',
        message: 'The database is unavailable for the moment; try again in 5 s.',
        details: { retryAfterSeconds: 5 },
      },
    });
  });

  it('still answers 500 to a bug', () => {
    expect(answer(new TypeError('boom')).status).toBe(500);
  });
});
