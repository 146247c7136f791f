import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from '../../../core/api/api-error';
import { type SubjectNaming } from '../../../core/api/privacy.model';
import { type SaveState, saveFailed } from '../../../core/api/save-state';
import { textOf } from '../../../core/i18n/translator';
import { PRIVACY_MESSAGES } from '../privacy.messages';

function codeOf(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as { code?: unknown } | null;
  return typeof body?.code === 'string' ? body.code : null;
}

/** The inputs each way of naming the person fills, where a "not found" shows. */
const NOT_FOUND_FIELDS: Readonly<Record<SubjectNaming, readonly string[]>> = {
  person: ['personId'],
  email: ['email'],
  account: ['account.homePage', 'account.name'],
};

/** A record's request; `personNotFound` when the API found nothing about the person named. */
export type RecordState = SaveState & { readonly personNotFound?: true };

/**
 * As `saveFailed`, and a person Fita holds nothing about (404) next to the
 * inputs that named them, with a sentence above the form that says so, since
 * the API's own names the field in English.
 */
export function recordFailed(error: unknown, naming: SubjectNaming): RecordState {
  const state = saveFailed(error);
  if (state.status !== 'failed' || codeOf(error) !== 'privacy.person_not_found') return state;
  const problem = textOf(PRIVACY_MESSAGES, `privacy.error.notFound.${naming}`);
  const fieldErrors = Object.fromEntries(NOT_FOUND_FIELDS[naming].map((field) => [field, problem]));
  return {
    ...state,
    message: textOf(PRIVACY_MESSAGES, 'privacy.add.notFound'),
    fieldErrors,
    personNotFound: true,
  };
}

/** Why a lift failed, in the interface language when the API names the reason. */
export function liftRefusal(error: unknown): string {
  switch (codeOf(error)) {
    case 'privacy.not_an_active_restriction':
      return textOf(PRIVACY_MESSAGES, 'privacy.refused.notActive');
    case 'privacy.request_not_found':
      return textOf(PRIVACY_MESSAGES, 'privacy.refused.notFound');
    default:
      return describeApiError(error);
  }
}
