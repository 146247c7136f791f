import {
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { AppError } from '../../common/app-error.js';
import type { RequestWithUser } from '../auth/bearer-auth.guard.js';
import { notedAuditDetails } from './audit-details.js';
import { AuditLogService } from './audit-log.service.js';
import {
  AUDITED_KEY,
  AUDITED_REFUSALS_KEY,
  type AuditedRefusalsMetadata,
  type AuditedRouteMetadata,
} from './audited-metadata.js';

/** The statuses that mean "not you" or "not now" at a login, as opposed to a malformed request. */
const REFUSAL_STATUSES = [401, 429];

/** Writes the audit events that `@Audited` and `@AuditedRefusals` ask for. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(
    private readonly audit: AuditLogService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRouteMetadata | undefined>(
      AUDITED_KEY,
      context.getHandler(),
    );
    const refusals = this.reflector.get<AuditedRefusalsMetadata | undefined>(
      AUDITED_REFUSALS_KEY,
      context.getHandler(),
    );
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    return next.handle().pipe(
      catchError((error: unknown) =>
        refusals
          ? from(this.recordRefusal(refusals, request, error)).pipe(
              mergeMap(() => throwError(() => error)),
            )
          : throwError(() => error),
      ),
      mergeMap(async (result: unknown) => {
        if (route) await this.recordSuccess(route, request, result);
        return result;
      }),
    );
  }

  private async recordSuccess(
    route: AuditedRouteMetadata,
    request: RequestWithUser,
    result: unknown,
  ): Promise<void> {
    const id = route.idParam ? request.params[route.idParam] : route.idFrom?.(result);
    await this.audit.record({
      action: route.action,
      user: request.user ?? null,
      subject: { type: route.subject, id: typeof id === 'string' ? id : null },
      details: { ...route.details?.(result), ...notedAuditDetails(request) },
      clientAddress: request.ip ?? null,
    });
  }

  /** The client gets its refusal whatever happens here: a failed write is logged, not thrown. */
  private async recordRefusal(
    refusals: AuditedRefusalsMetadata,
    request: RequestWithUser,
    error: unknown,
  ): Promise<void> {
    if (!(error instanceof AppError) || !REFUSAL_STATUSES.includes(error.status)) return;
    const entry = {
      action: refusals.action,
      details: { code: error.code },
      clientAddress: request.ip ?? null,
    };
    try {
      const account = (request.body as Record<string, unknown> | undefined)?.[refusals.emailField];
      if (typeof account === 'string' && account.trim() !== '')
        await this.audit.recordForAccount(account, entry);
      else await this.audit.record({ ...entry, user: null, subject: null });
    } catch (failure) {
      this.logger.warn(
        `could not record ${refusals.action} (${error.code}): ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  }
}
