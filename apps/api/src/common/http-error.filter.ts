import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error.js';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable.js';

interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
  [field: string]: unknown;
}

/** Maps every error to a stable `{ code, message, details }` body; unexpected ones are logged, never leaked. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  /** `maxBodyBytes` only makes the 413 message name the limit (FITA_MAX_BODY_MB). */
  constructor(private readonly maxBodyBytes = Infinity) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body, headers } = this.describe(error);
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(status).json(body);
  }

  private describe(error: unknown): {
    status: number;
    body: ErrorBody;
    headers: Record<string, string>;
  } {
    if (error instanceof AppError) {
      const headers: Record<string, string> = {
        ...error.headers,
        ...(error.status === 401 && error.code.startsWith('lrs.')
          ? { 'WWW-Authenticate': 'Basic realm="Fita LRS"' }
          : {}),
      };
      return {
        status: error.status,
        body: { code: error.code, message: error.message, details: error.details, ...error.extra },
        headers,
      };
    }
    if (isTooLarge(error)) {
      const limit = Number.isFinite(this.maxBodyBytes)
        ? ` of ${Math.round((this.maxBodyBytes / 1024 / 1024) * 10) / 10} MB`
        : '';
      return {
        status: 413,
        body: {
          code: 'request.too_large',
          message: `The request body is larger than the limit${limit} (FITA_MAX_BODY_MB); nothing was stored.`,
        },
        headers: {},
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const message = httpExceptionMessage(error);
      return { status, body: { code: `http.${status}`, message }, headers: {} };
    }
    if (isBodyParserError(error)) {
      return {
        status: error.status,
        body: {
          code: 'request.malformed_body',
          message: `The request body could not be read: ${error.message}`,
        },
        headers: {},
      };
    }
    if (isDatabaseUnavailable(error)) {
      // An outage, not a bug: one line, and the client is told when to retry.
      this.logger.warn(`database unavailable: ${(error as Error).message}`);
      return this.describe(databaseUnavailable());
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return {
      status: 500,
      body: { code: 'internal', message: 'Internal error; the server log has the details.' },
      headers: {},
    };
  }
}

function httpExceptionMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : error.message;
}

/** Express's body parser refusing a body over the limit, raw or wrapped by Nest. */
function isTooLarge(error: unknown): boolean {
  if (error instanceof HttpException) return error.getStatus() === 413;
  return isBodyParserError(error) && error.status === 413;
}

function isBodyParserError(error: unknown): error is { status: number; message: string } {
  const candidate = error as { type?: unknown; status?: unknown };
  return (
    typeof candidate?.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status < 500
  );
}
