import type { AppError } from '../../common/app-error.js';

/** Long enough for a few paths and rules; a rejection is a pointer, not a report. */
export const MAX_REJECTION_MESSAGE = 500;

interface PathRule {
  path: string;
  rule: string;
}

/**
 * What to keep of a refusal's message. Validation messages quote the values
 * sent (an e-mail address, a name), so where the error lists its problems by
 * path and rule, only those are kept; otherwise the message, which then
 * names ids and headers but no statement content.
 */
export function rejectionMessage(error: Pick<AppError, 'message' | 'details'>): string {
  const problems = pathRules(error.details);
  const text =
    problems.length > 0
      ? problems.map((problem) => `${problem.path}: ${problem.rule}`).join('; ')
      : error.message;
  return text.length <= MAX_REJECTION_MESSAGE
    ? text
    : `${text.slice(0, MAX_REJECTION_MESSAGE - 1)}…`;
}

function pathRules(details: unknown): PathRule[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (detail): detail is PathRule =>
      typeof (detail as Partial<PathRule> | null)?.path === 'string' &&
      typeof (detail as Partial<PathRule> | null)?.rule === 'string',
  );
}
