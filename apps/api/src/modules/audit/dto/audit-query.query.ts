import { z } from 'zod';
import { badRequest } from '../../../common/app-error.js';
import { parseInput } from '../../../common/parse-input.js';
import { AUDIT_ACTIONS } from '../audit-actions.js';

export const AUDIT_PAGE_SIZE = { default: 50, max: 200 } as const;

const isoDate = z
  .string({ message: 'must be a single date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'is not a date in the calendar');

const wholeNumber = (max: number) =>
  z
    .string({ message: 'must be a single whole number' })
    .regex(/^\d{1,9}$/, `must be a whole number from 1 to ${max}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `must be a whole number from 1 to ${max}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GET /api/admin/audit`: every filter optional; an unknown parameter is refused, not ignored. */
const auditQueryFields = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  action: z
    .enum(AUDIT_ACTIONS, { message: `must be one of: ${AUDIT_ACTIONS.join(', ')}` })
    .optional(),
  user: z
    .string({ message: 'must be a single user id or e-mail address' })
    .trim()
    .min(1, 'must be a user id or e-mail address')
    .max(254, 'has at most 254 characters')
    .optional(),
  page: wholeNumber(1_000_000).optional(),
  pageSize: wholeNumber(AUDIT_PAGE_SIZE.max).optional(),
};
const auditQuerySchema = z
  .object(auditQueryFields)
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    message: 'is after "to"',
    path: ['from'],
  });

export interface AuditQuery {
  from?: string;
  to?: string;
  action?: (typeof AUDIT_ACTIONS)[number];
  /** The user, by id or by e-mail address (lower-cased). */
  user?: { id: string } | { email: string };
  page: number;
  pageSize: number;
}

export function auditQueryFromQuery(query: Record<string, unknown>): AuditQuery {
  const unknown = Object.keys(query).filter((key) => !(key in auditQueryFields));
  if (unknown.length > 0) {
    throw badRequest(
      'audit.unsupported_parameter',
      `Unsupported query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
      unknown.map((field) => ({ field, message: 'is not supported by this endpoint' })),
    );
  }
  const parsed = parseInput(auditQuerySchema, query, 'audit query');
  return {
    from: parsed.from,
    to: parsed.to,
    action: parsed.action,
    user:
      parsed.user === undefined
        ? undefined
        : UUID.test(parsed.user)
          ? { id: parsed.user.toLowerCase() }
          : { email: parsed.user.toLowerCase() },
    page: parsed.page ?? 1,
    pageSize: parsed.pageSize ?? AUDIT_PAGE_SIZE.default,
  };
}
