import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from '../../../core/api/api-error';
import { textOf } from '../../../core/i18n/translator';
import { USERS_MESSAGES } from '../users.messages';

/** The API's error code, when it answered with `{ code }`. */
export function apiErrorCode(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as { code?: unknown } | null;
  return typeof body?.code === 'string' ? body.code : null;
}

/**
 * Why the API refused a change to a user, in the interface language for the
 * refusals it names by code, else in the API's own words.
 */
export function userRefusal(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'users.own_role':
      return textOf(USERS_MESSAGES, 'users.refused.ownRole');
    case 'users.own_account':
      return textOf(USERS_MESSAGES, 'users.refused.ownAccount');
    case 'users.last_admin':
      return textOf(USERS_MESSAGES, 'users.refused.lastAdmin');
    case 'users.not_found':
      return textOf(USERS_MESSAGES, 'users.refused.notFound');
    case 'users.email_taken':
      return textOf(USERS_MESSAGES, 'users.error.emailTaken');
    default:
      return describeApiError(error);
  }
}
