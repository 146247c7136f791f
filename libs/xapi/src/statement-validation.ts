import type { Statement } from './types.js';
import { validateAuthority } from './validation/actor.validator.js';
import { validateDateTime } from './validation/date-time.validator.js';
import { describeType, isJsonObject, type JsonObject } from './validation/format-checks.js';
import { childPath } from './validation/json-path.js';
import { readProperties } from './validation/properties.js';
import {
  STATEMENT_PROPERTIES,
  validateStatementCore,
} from './validation/statement-core.validator.js';
import { validateStatementVersion } from './validation/statement-version.validator.js';
import type { ValidationError } from './validation/validation-error.js';
import { ValidationReport, type XapiVersion } from './validation/validation-report.js';
import { checkUuid } from './validation/value-checks.js';
import { XapiError } from './xapi-error.js';

export type StatementValidationResult =
  { ok: true; statement: Statement } | { ok: false; errors: ValidationError[] };

export interface StatementValidationOptions {
  /**
   * The xAPI version to validate against: the request's
   * X-Experience-API-Version header (1.0.x requests map to '1.0.3').
   * Default '1.0.3'.
   */
  version?: XapiVersion;
}

const ROOT = '$';
const SUPPORTED_VERSIONS: readonly string[] = ['1.0.3', '2.0.0'] satisfies XapiVersion[];
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

/**
 * Full xAPI data-model validation of one statement, for xAPI 1.0.3 or 2.0.0
 * (IEEE 9274.1.1). Every error found is returned, each with the JSONPath of the
 * value at fault, a stable rule code and a message.
 *
 * What is left to the caller: anything needing storage or the request (the
 * voided statement exists and is not a voiding one, attachment payloads match
 * their metadata, signatures, the authority the LRS assigns).
 *
 * @throws XapiError `validation.unsupported-version` when `options.version` is
 * not '1.0.3' or '2.0.0' (a caller bug, not a statement error).
 */
export function validateStatement(
  input: unknown,
  options: StatementValidationOptions = {},
): StatementValidationResult {
  const version = options.version ?? '1.0.3';
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw new XapiError(
      'validation.unsupported-version',
      `Cannot validate against xAPI ${String(version)}: use '1.0.3' or '2.0.0'.`,
    );
  }
  const report = new ValidationReport(version);
  if (!isJsonObject(input)) {
    report.add(
      ROOT,
      'type.object',
      `A statement must be a JSON object, got ${describeType(input)}.`,
    );
    return { ok: false, errors: report.errors };
  }

  const properties = readProperties(input, ROOT, STATEMENT_PROPERTIES, 'A statement', report);
  const { id, stored, authority, version: statementVersion } = properties;
  if (id !== undefined) checkUuid(id, childPath(ROOT, 'id'), 'id', report);
  validateStatementCore(input, properties, ROOT, report, false);
  validateVoiding(properties, report);
  if (stored !== undefined) validateDateTime(stored, childPath(ROOT, 'stored'), 'stored', report);
  if (authority !== undefined) validateAuthority(authority, childPath(ROOT, 'authority'), report);
  if (statementVersion !== undefined) {
    validateStatementVersion(statementVersion, childPath(ROOT, 'version'), report);
  }

  if (report.errors.length > 0) return { ok: false, errors: report.errors };
  // Every property has been checked against the data model of `version`.
  return { ok: true, statement: input as unknown as Statement };
}

/** A voiding statement (verb voided) must target a statement through a StatementRef. */
function validateVoiding(properties: JsonObject, report: ValidationReport): void {
  const { verb, object } = properties;
  if (!isJsonObject(verb) || verb['id'] !== VOIDED || !isJsonObject(object)) return;
  if (object['objectType'] !== 'StatementRef') {
    report.add(
      childPath(ROOT, 'object'),
      'voiding.statement-ref',
      'A voiding statement (verb "http://adlnet.gov/expapi/verbs/voided") must have a StatementRef as object, with the id of the statement to void.',
    );
  }
}
