import type { Statement } from './types.js';
import { describeType, isJsonObject, isUuid } from './validation/format-checks.js';
import { childPath } from './validation/json-path.js';
import { validateActor } from './validation/actor.validator.js';
import { validateDateTime, validateStatementCore } from './validation/statement-core.validator.js';
import type { ValidationError } from './validation/validation-error.js';
import { ValidationReport } from './validation/validation-report.js';

export type StatementValidationResult =
  { ok: true; statement: Statement } | { ok: false; errors: ValidationError[] };

const VERSION = /^[12]\.0(\.\d+)?$/;
const ROOT = '$';

/**
 * Basic validation of one statement (walking skeleton): the structure the
 * product relies on to store and count it. Every error found is returned, each
 * with the JSONPath of the value at fault.
 *
 * Not yet checked (full xAPI data-model validation, a later issue): unknown
 * properties, result, attachments, activity definitions, language tags,
 * extension keys, and context fields the product does not read. A statement
 * that passes is therefore typed as `Statement` on the strength of the checks
 * above only.
 */
export function validateStatement(input: unknown): StatementValidationResult {
  const report = new ValidationReport();
  if (!isJsonObject(input)) {
    report.add(
      ROOT,
      'type.object',
      `A statement must be a JSON object, got ${describeType(input)}.`,
    );
    return { ok: false, errors: report.errors };
  }

  const { id, stored, version, authority } = input;
  if (id !== undefined && !isUuid(id)) {
    report.add(
      childPath(ROOT, 'id'),
      'uuid.format',
      `id must be a UUID such as "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", got ${JSON.stringify(id)}.`,
    );
  }
  validateStatementCore(input, ROOT, report, false);
  if (stored !== undefined) validateDateTime(stored, childPath(ROOT, 'stored'), 'stored', report);
  if (authority !== undefined) validateActor(authority, childPath(ROOT, 'authority'), report);
  if (version !== undefined && !(typeof version === 'string' && VERSION.test(version))) {
    report.add(
      childPath(ROOT, 'version'),
      'version.format',
      `version must be an xAPI version such as "1.0.3" or "2.0.0", got ${JSON.stringify(version)}.`,
    );
  }

  if (report.errors.length > 0) return { ok: false, errors: report.errors };
  // The checks above establish the parts the product reads; see the doc comment
  // for what the cast still takes on trust.
  return { ok: true, statement: input as unknown as Statement };
}
