import { type SaveState } from '../../../core/api/save-state';

/**
 * The sentence above a form whose request failed, or null: `fieldsSentence`
 * when the API marked fields (each problem shows next to its field), else
 * `reasonSentence` with the API's own explanation.
 */
export function failureText(
  state: SaveState,
  fieldsSentence: string,
  reasonSentence: (reason: string) => string,
): string | null {
  if (state.status !== 'failed') return null;
  return Object.keys(state.fieldErrors).length > 0 ? fieldsSentence : reasonSentence(state.message);
}
