import type { z } from 'zod';
import { badRequest } from './app-error.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Validates a request body or query at the edge; every problem is reported at
 * once with the field it concerns.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'request',
): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  const summary = problems.map((p) => `${p.field} ${p.message}`).join('; ');
  throw badRequest('request.invalid', `Invalid ${what}: ${summary}`, problems);
}
