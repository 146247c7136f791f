import { badRequest } from '../../../common/app-error.js';

export interface EvidenceRequest {
  /** The counted value, by its path in the snapshot: `users`, `breakdowns.users.sex.woman`... */
  value: string;
  page: number;
  pageSize: number;
}

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

export function evidenceRequestFromQuery(query: Record<string, unknown>): EvidenceRequest {
  const unknown = Object.keys(query).filter((key) => !['value', 'page', 'pageSize'].includes(key));
  if (unknown.length > 0) {
    throw badRequest(
      'snapshots.unsupported_parameter',
      `Unsupported query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
      unknown.map((field) => ({ field, message: 'is not supported by this endpoint' })),
    );
  }
  const value = query['value'];
  if (typeof value !== 'string' || value === '') {
    throw invalid(
      'value',
      'is required: a counted value such as users, completions or breakdowns.users.sex.woman',
    );
  }
  return {
    value,
    page: wholeNumber(query['page'], 'page', 1, 1, Number.MAX_SAFE_INTEGER),
    pageSize: wholeNumber(query['pageSize'], 'pageSize', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

function wholeNumber(
  value: unknown,
  field: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw invalid(field, `must be a whole number from ${min} to ${max}`);
  }
  return number;
}

function invalid(field: string, message: string) {
  return badRequest('snapshots.invalid_parameter', `"${field}" ${message}.`, [{ field, message }]);
}
