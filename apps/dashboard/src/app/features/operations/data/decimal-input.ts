import { textOf } from '../../../core/i18n/translator';
import { OPERATIONS_MESSAGES } from '../operations.messages';

/** A value typed in a form: up to 12 digits and 2 decimals, with a point or a comma. */
export const DECIMAL_INPUT = /^\d{1,12}([.,]\d{1,2})?$/;

export const DECIMAL_INPUT_PROBLEM = textOf(OPERATIONS_MESSAGES, 'operations.problem.decimal');

/** The API's years: 2000 to 2100. */
export const YEAR_INPUT = /^(20\d\d|2100)$/;

export const YEAR_INPUT_PROBLEM = textOf(OPERATIONS_MESSAGES, 'operations.problem.year');

/** A typed value as the API reads it: trimmed, with a decimal point. */
export function decimalForApi(typed: string): string {
  return typed.trim().replace(',', '.');
}

/** A value that passed DECIMAL_INPUT in hundredths, exactly (14 digits stay under 2^53). */
export function hundredthsOf(typed: string): number {
  const [whole = '0', fraction = ''] = decimalForApi(typed).split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
