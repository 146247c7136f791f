import { childPath } from './json-path.js';
import { describeType, isIsoDateTime, isJsonObject, type JsonObject } from './format-checks.js';
import { validateActivity } from './activity.validator.js';
import { validateActor } from './actor.validator.js';
import { validateContext } from './context.validator.js';
import { validateStatementRef } from './statement-ref.validator.js';
import { validateVerb } from './verb.validator.js';
import type { ValidationReport } from './validation-report.js';

// Statement and SubStatement share their core (actor, verb, object, context,
// timestamp) and a SubStatement is itself an object, so the three functions
// that recurse live together here to keep the module graph free of cycles.

/** Properties a SubStatement must not have: they belong to the outer statement. */
const SUBSTATEMENT_FORBIDDEN = ['id', 'stored', 'version', 'authority'] as const;

/**
 * Validates the parts common to a Statement and a SubStatement. `inSubStatement`
 * forbids a further SubStatement as object.
 */
export function validateStatementCore(
  statement: JsonObject,
  path: string,
  report: ValidationReport,
  inSubStatement: boolean,
): void {
  const { actor, verb, object, context, timestamp } = statement;
  const what = inSubStatement ? 'A SubStatement' : 'A statement';

  if (actor === undefined) {
    report.add(
      childPath(path, 'actor'),
      'required',
      `${what} needs an "actor": the Agent or Group who did it.`,
    );
  } else {
    validateActor(actor, childPath(path, 'actor'), report);
  }

  if (verb === undefined) {
    report.add(childPath(path, 'verb'), 'required', `${what} needs a "verb" with an "id" IRI.`);
  } else {
    validateVerb(verb, childPath(path, 'verb'), report);
  }

  if (object === undefined) {
    report.add(
      childPath(path, 'object'),
      'required',
      `${what} needs an "object": what the actor acted on.`,
    );
  } else {
    validateStatementObject(object, childPath(path, 'object'), report, inSubStatement);
  }

  if (context !== undefined) validateContext(context, childPath(path, 'context'), report);
  if (timestamp !== undefined)
    validateDateTime(timestamp, childPath(path, 'timestamp'), 'timestamp', report);
}

export function validateDateTime(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): void {
  if (!isIsoDateTime(value)) {
    report.add(
      path,
      'date-time.format',
      `${field} must be an ISO 8601 date-time such as "2021-03-01T10:15:00Z", got ${JSON.stringify(value)}.`,
    );
  }
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
        `objectType must be "Activity", "Agent", "Group", "StatementRef" or "SubStatement", got ${JSON.stringify(objectType)}.`,
      );
  }
}

function validateSubStatement(value: JsonObject, path: string, report: ValidationReport): void {
  for (const name of SUBSTATEMENT_FORBIDDEN) {
    if (value[name] !== undefined) {
      report.add(
        childPath(path, name),
        'substatement.forbidden-property',
        `A SubStatement cannot have "${name}"; only the outer statement has one.`,
      );
    }
  }
  validateStatementCore(value, path, report, true);
}
