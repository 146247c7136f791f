import { HttpErrorResponse } from '@angular/common/http';
import { type SaveState, saveFailed } from '../../../core/api/save-state';

/** As `saveFailed`, and a code another operation already has is shown next to the code. */
export function operationSaveFailed(error: unknown): SaveState {
  const state = saveFailed(error);
  if (state.status !== 'failed' || !(error instanceof HttpErrorResponse)) return state;
  const body = error.error as { code?: unknown } | null;
  if (error.status === 409 && body?.code === 'operations.code_taken') {
    return { ...state, fieldErrors: { ...state.fieldErrors, code: 'is already used by another operation' } };
  }
  return state;
}
