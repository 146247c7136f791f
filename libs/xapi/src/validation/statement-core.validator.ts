import { childPath } from './json-path.js';
import { describeType, isJsonObject, quote, type JsonObject } from './format-checks.js';
import { validateActivity } from './activity.validator.js';
import { validateActor } from './actor.validator.js';
import { validateAttachments } from './attachment.validator.js';
import { validateContext } from './context.validator.js';
import { validateDateTime } from './date-time.validator.js';
import { hasProperty, readProperties } from './properties.js';
import { validateResult } from './result.validator.js';
import { validateStatementRef } from './statement-ref.validator.js';
import { validateVerb } from './verb.validator.js';
import type { ValidationReport } from './validation-report.js';

// Statement and SubStatement share their core (actor, verb, object, result,
// context, timestamp, attachments) and a SubStatement is itself an object, so
// the functions that recurse live together here to keep the module graph free
// of cycles.

const CORE_PROPERTIES = [
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'attachments',
] as const;
/** Properties a SubStatement must not have: they belong to the outer statement. */
const SUBSTATEMENT_FORBIDDEN = ['id', 'stored', 'version', 'authority'] as const;
export const STATEMENT_PROPERTIES = ['id', ...CORE_PROPERTIES, 'stored', 'authority', 'version'];
const SUBSTATEMENT_PROPERTIES = ['objectType', ...CORE_PROPERTIES];

/**
 * Validates the parts common to a Statement and a SubStatement. `statement` is
 * the value as sent; `properties` what readProperties kept of it (no nulls).
 * `inSubStatement` forbids a further SubStatement as object.
 */
export function validateStatementCore(
  statement: JsonObject,
  properties: JsonObject,
  path: string,
  report: ValidationReport,
  inSubStatement: boolean,
): void {
  const { actor, verb, object, result, context, timestamp, attachments } = properties;
  const what = inSubStatement ? 'A SubStatement' : 'A statement';

  if (!hasProperty(statement, 'actor')) {
    report.add(
      childPath(path, 'actor'),
      'required',
      `${what} needs an "actor": the Agent or Group who did it.`,
    );
  } else if (actor !== undefined) {
    validateActor(actor, childPath(path, 'actor'), report);
  }

  if (!hasProperty(statement, 'verb')) {
    report.add(childPath(path, 'verb'), 'required', `${what} needs a "verb" with an "id" IRI.`);
  } else if (verb !== undefined) {
    validateVerb(verb, childPath(path, 'verb'), report);
  }

  if (!hasProperty(statement, 'object')) {
    report.add(
      childPath(path, 'object'),
      'required',
      `${what} needs an "object": what the actor acted on.`,
    );
  } else if (object !== undefined) {
    validateStatementObject(object, childPath(path, 'object'), report, inSubStatement);
  }

  if (result !== undefined) validateResult(result, childPath(path, 'result'), report);
  if (context !== undefined) {
    validateContext(context, childPath(path, 'context'), report, isActivityObject(object));
  }
  if (timestamp !== undefined) {
    validateDateTime(timestamp, childPath(path, 'timestamp'), 'timestamp', report);
  }
  if (attachments !== undefined) {
    validateAttachments(attachments, childPath(path, 'attachments'), report);
  }
}

/** Whether the object is an Activity; undefined when there is no object to tell. */
function isActivityObject(object: unknown): boolean | undefined {
  if (!isJsonObject(object)) return undefined;
  const objectType = object['objectType'];
  return objectType === undefined || objectType === 'Activity';
}

function validateStatementObject(
  value: unknown,
  path: string,
  report: ValidationReport,
  inSubStatement: boolean,
): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `The object must be a JSON object, got ${describeType(value)}.`,
    );
    return;
  }
  const objectType = value['objectType'];
  switch (objectType) {
    case undefined:
    case 'Activity':
      validateActivity(value, path, report);
      return;
    case 'Agent':
    case 'Group':
      validateActor(value, path, report);
      return;
    case 'StatementRef':
      validateStatementRef(value, path, report);
      return;
    case 'SubStatement':
      if (inSubStatement) {
        report.add(
          childPath(path, 'objectType'),
          'substatement.nested',
          'A SubStatement cannot have another SubStatement as its object.',
        );
        return;
      }
      validateSubStatement(value, path, report);
      return;
    default:
      report.add(
        childPath(path, 'objectType'),
        'object.object-type',
        `objectType must be "Activity", "Agent", "Group", "StatementRef" or "SubStatement", got ${quote(objectType)}.`,
      );
  }
}

function validateSubStatement(value: JsonObject, path: string, report: ValidationReport): void {
  // The forbidden properties get their own, clearer error instead of
  // property.unknown (or value.null).
  const forbidden: readonly string[] = SUBSTATEMENT_FORBIDDEN;
  const rest = Object.fromEntries(
    Object.entries(value).filter(([key]) => !forbidden.includes(key)),
  );
  const properties = readProperties(rest, path, SUBSTATEMENT_PROPERTIES, 'A SubStatement', report);
  for (const name of SUBSTATEMENT_FORBIDDEN) {
    if (hasProperty(value, name)) {
      report.add(
        childPath(path, name),
        'substatement.forbidden-property',
        `A SubStatement cannot have "${name}"; only the outer statement has one.`,
      );
    }
  }
  validateStatementCore(value, properties, path, report, true);
}
