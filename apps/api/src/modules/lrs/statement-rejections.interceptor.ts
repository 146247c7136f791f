import {
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { AppError } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import type { LrsRequest } from './lrs-basic-auth.guard.js';
import { rejectionMessage } from './rejection-message.js';
import { StatementRejectionsRepository } from './statement-rejections.repository.js';

/**
 * Records each POST or PUT of statements the LRS refuses (a 4xx with an
 * error code) for the data quality view. It runs after the guards, so only
 * authenticated writers are recorded: a stranger cannot fill the table, and
 * every rejection names its credential. A stored statement never passes
 * here; a failure to record is logged and the client still gets its answer.
 */
@Injectable()
export class StatementRejectionsInterceptor implements NestInterceptor {
  private readonly logger = new Logger(StatementRejectionsInterceptor.name);

  constructor(
    private readonly rejections: StatementRejectionsRepository,
    @InjectClock() private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<LrsRequest>();
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          from(this.record(request, error)).pipe(mergeMap(() => throwError(() => error))),
        ),
      );
  }

  private async record(request: LrsRequest, error: unknown): Promise<void> {
    const client = request.lrsClient;
    if (!client || !(error instanceof AppError) || error.status < 400 || error.status >= 500) {
      return;
    }
    try {
      await this.rejections.record({
        rejectedAt: this.clock.now(),
        reasonCode: error.code,
        message: rejectionMessage(error),
        credentialKey: client.key,
      });
    } catch (failure) {
      this.logger.warn(
        `could not record a statement rejection (${error.code}): ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  }
}
