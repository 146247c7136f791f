import { describeApiError, fieldErrorsOf } from './api-error';

/** A form's request, as its template sees it. */
export type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved' }
  | {
      readonly status: 'failed';
      /** The API's sentence, shown above the form. */
      readonly message: string;
      /** From a 400's `details`, by field, shown next to each input. */
      readonly fieldErrors: Readonly<Record<string, string>>;
    };

export const SAVE_IDLE: SaveState = { status: 'idle' };
export const SAVE_SAVING: SaveState = { status: 'saving' };
export const SAVE_SAVED: SaveState = { status: 'saved' };

export function saveFailed(error: unknown): SaveState {
  return { status: 'failed', message: describeApiError(error), fieldErrors: fieldErrorsOf(error) };
}

/** The API's problem with one field, or null. */
export function fieldErrorIn(state: SaveState, field: string): string | null {
  return state.status === 'failed' ? (state.fieldErrors[field] ?? null) : null;
}

/**
 * The sentence above a form whose request failed, or null: `whatFailed`
 * ("The value was not recorded") then where to look, the marked fields or
 * the API's own explanation.
 */
export function failureSentence(state: SaveState, whatFailed: string): string | null {
  if (state.status !== 'failed') return null;
  return Object.keys(state.fieldErrors).length > 0
    ? `${whatFailed}: check the fields marked below.`
    : `${whatFailed}. ${state.message}`;
}
