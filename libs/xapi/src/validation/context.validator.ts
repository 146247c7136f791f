import { childPath, indexPath } from './json-path.js';
import { describeType, isJsonObject, isUuid } from './format-checks.js';
import { validateActivity } from './activity.validator.js';
import { validateActor } from './actor.validator.js';
import { validateStatementRef } from './statement-ref.validator.js';
import type { ValidationReport } from './validation-report.js';

// Only the parts the product reads (registration, the activities used for
// course attribution, the people involved) are checked for now; revision,
// platform, language, extensions and the 2.0 contextAgents/contextGroups come
// with the full data-model validation.
export function validateContext(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `context must be an object, got ${describeType(value)}.`);
    return;
  }
  const { registration, instructor, team, contextActivities, statement } = value;
  if (registration !== undefined && !isUuid(registration)) {
    report.add(
      childPath(path, 'registration'),
      'uuid.format',
      `context.registration must be a UUID, got ${JSON.stringify(registration)}.`,
    );
  }
  if (instructor !== undefined) validateActor(instructor, childPath(path, 'instructor'), report);
  if (team !== undefined) {
    const teamPath = childPath(path, 'team');
    if (isJsonObject(team) && team['objectType'] !== 'Group') {
      report.add(teamPath, 'team.group', 'context.team must be a Group (objectType "Group").');
    } else {
      validateActor(team, teamPath, report);
    }
  }
  if (contextActivities !== undefined) {
    validateContextActivities(contextActivities, childPath(path, 'contextActivities'), report);
  }
  if (statement !== undefined)
    validateStatementRef(statement, childPath(path, 'statement'), report);
}

function validateContextActivities(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `contextActivities must be an object, got ${describeType(value)}.`,
    );
    return;
  }
  for (const [key, list] of Object.entries(value)) {
    const listPath = childPath(path, key);
    // xAPI 1.0.x allows a single Activity in place of an array.
    if (Array.isArray(list)) {
      list.forEach((activity: unknown, index) =>
        validateActivity(activity, indexPath(listPath, index), report),
      );
    } else {
      validateActivity(list, listPath, report);
    }
  }
}
