import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { AuditAction } from './audit-actions.js';
import { AuditInterceptor } from './audit.interceptor.js';
import {
  AUDITED_KEY,
  AUDITED_REFUSALS_KEY,
  type AuditedRefusalsOptions,
  type AuditedRoute,
} from './audited-metadata.js';

/**
 * Each successful call of the route writes one audit event (issue 9), before
 * the answer leaves: if the event cannot be written the caller gets an error,
 * not unaudited data. (A route that streams its answer itself, with `@Res()`,
 * has sent it by then: its event follows the last byte.) Refusals and errors
 * are not views and are not logged.
 */
export function Audited<R>(action: AuditAction, route: AuditedRoute<R>) {
  return applyDecorators(
    SetMetadata(AUDITED_KEY, { action, ...route }),
    UseInterceptors(AuditInterceptor),
  );
}

/**
 * Each refusal of the route (401 or 429: wrong credentials, a disabled or
 * locked account, too many attempts) writes one audit event about the account
 * the request names, with the refusal's code. An address that is no account's
 * is not stored.
 */
export function AuditedRefusals(action: AuditAction, options: AuditedRefusalsOptions) {
  return applyDecorators(
    SetMetadata(AUDITED_REFUSALS_KEY, { action, ...options }),
    UseInterceptors(AuditInterceptor),
  );
}
