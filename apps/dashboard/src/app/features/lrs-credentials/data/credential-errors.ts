import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from '../../../core/api/api-error';
import { type SaveState, saveFailed } from '../../../core/api/save-state';
import { textOf } from '../../../core/i18n/translator';
import { LRS_CREDENTIALS_MESSAGES } from '../lrs-credentials.messages';

function codeOf(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as { code?: unknown } | null;
  return typeof body?.code === 'string' ? body.code : null;
}

/**
 * As `saveFailed`, with the problems of single scopes (`scopes.1`) under
 * `scopes`, where the form shows them, and a taken key next to the key.
 */
export function credentialSaveFailed(error: unknown): SaveState {
  const state = saveFailed(error);
  if (state.status !== 'failed') return state;
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(state.fieldErrors)) {
    const shownAt = field.startsWith('scopes.') ? 'scopes' : field;
    fieldErrors[shownAt] = fieldErrors[shownAt] ? `${fieldErrors[shownAt]}; ${message}` : message;
  }
  if (codeOf(error) === 'lrs.credential_key_taken')
    fieldErrors['key'] = textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.error.keyTaken');
  return { ...state, fieldErrors };
}

/** Why a revocation failed, in the interface language when the API names the reason. */
export function revocationRefusal(error: unknown): string {
  return codeOf(error) === 'lrs.credential_not_found'
    ? textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.refused.notFound')
    : describeApiError(error);
}
