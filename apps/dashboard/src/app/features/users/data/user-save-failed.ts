import { type SaveState, saveFailed } from '../../../core/api/save-state';
import { textOf } from '../../../core/i18n/translator';
import { USERS_MESSAGES } from '../users.messages';
import { apiErrorCode } from './user-refusal';

/** As `saveFailed`, and an e-mail address another user has is shown next to the e-mail field. */
export function userSaveFailed(error: unknown): SaveState {
  const state = saveFailed(error);
  if (state.status !== 'failed' || apiErrorCode(error) !== 'users.email_taken') return state;
  return {
    ...state,
    fieldErrors: {
      ...state.fieldErrors,
      email: textOf(USERS_MESSAGES, 'users.error.emailTaken'),
    },
  };
}
