import { HttpErrorResponse } from '@angular/common/http';
import { type SaveState, saveFailed } from '../../../core/api/save-state';
import { textOf } from '../../../core/i18n/translator';
import { OPERATIONS_MESSAGES } from '../operations.messages';
import { AGGREGATION_RULE_LABELS } from './operation-labels';

/**
 * As `saveFailed`, and the catalogue's two conflicts (409) shown next to the
 * field they concern: a code already taken, and a rule that must stay manual
 * because values were entered by hand.
 */
export function indicatorSaveFailed(error: unknown): SaveState {
  const state = saveFailed(error);
  if (state.status !== 'failed' || !(error instanceof HttpErrorResponse) || error.status !== 409) {
    return state;
  }
  const code = (error.error as { code?: unknown } | null)?.code;
  if (code === 'indicator_catalogue.code_taken') {
    const problem = textOf(OPERATIONS_MESSAGES, 'operations.problem.indicatorCodeTaken');
    return { ...state, fieldErrors: { ...state.fieldErrors, code: problem } };
  }
  if (code === 'indicator_catalogue.manual_values_exist') {
    const problem = textOf(OPERATIONS_MESSAGES, 'operations.problem.mustStayManual', {
      rule: AGGREGATION_RULE_LABELS.manual,
      reason: state.message.replace(/\.$/, ''),
    });
    return { ...state, fieldErrors: { ...state.fieldErrors, aggregationRule: problem } };
  }
  return state;
}
