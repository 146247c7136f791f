import { HttpErrorResponse } from '@angular/common/http';
import { type SaveState, saveFailed } from '../../../core/api/save-state';
import { textOf } from '../../../core/i18n/translator';
import { OPERATIONS_MESSAGES } from '../operations.messages';

/** As `saveFailed`, and a code another operation already has is shown next to the code. */
export function operationSaveFailed(error: unknown): SaveState {
  const state = saveFailed(error);
  if (state.status !== 'failed' || !(error instanceof HttpErrorResponse)) return state;
  const body = error.error as { code?: unknown } | null;
  if (error.status === 409 && body?.code === 'operations.code_taken') {
    const problem = textOf(OPERATIONS_MESSAGES, 'operations.problem.codeTaken');
    return { ...state, fieldErrors: { ...state.fieldErrors, code: problem } };
  }
  return state;
}
