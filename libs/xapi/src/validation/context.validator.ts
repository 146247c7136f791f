import { childPath, indexPath } from './json-path.js';
import { describeType, isJsonObject } from './format-checks.js';
import { validateActivity } from './activity.validator.js';
import { validateActor, validateGroup } from './actor.validator.js';
import { validateContextAgents, validateContextGroups } from './context-actors.validator.js';
import { validateExtensions } from './extensions.validator.js';
import { validateLanguageTag } from './language-map.validator.js';
import { readProperties } from './properties.js';
import { validateStatementRef } from './statement-ref.validator.js';
import type { ValidationReport } from './validation-report.js';
import { checkString, checkUuid } from './value-checks.js';

const CONTEXT_PROPERTIES = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
];
/** xAPI 2.0.0 adds the people and groups involved besides the actor. */
const CONTEXT_PROPERTIES_2_0 = [...CONTEXT_PROPERTIES, 'contextAgents', 'contextGroups'];
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];

/**
 * The context of a statement or SubStatement. `objectIsActivity` says whether
 * the enclosing statement's object is an Activity (revision and platform are
 * only allowed then); undefined when the object is missing or unreadable.
 */
export function validateContext(
  value: unknown,
  path: string,
  report: ValidationReport,
  objectIsActivity: boolean | undefined,
): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `context must be an object, got ${describeType(value)}.`);
    return;
  }
  const allowed = report.version === '2.0.0' ? CONTEXT_PROPERTIES_2_0 : CONTEXT_PROPERTIES;
  const context = readProperties(value, path, allowed, 'A context', report);
  const { registration, instructor, team, contextActivities, language, statement, extensions } =
    context;
  if (registration !== undefined) {
    checkUuid(registration, childPath(path, 'registration'), 'context.registration', report);
  }
  if (instructor !== undefined) validateActor(instructor, childPath(path, 'instructor'), report);
  if (team !== undefined) {
    validateGroup(team, childPath(path, 'team'), report, {
      rule: 'team.group',
      message: 'context.team must be a Group (objectType "Group").',
    });
  }
  if (contextActivities !== undefined) {
    validateContextActivities(contextActivities, childPath(path, 'contextActivities'), report);
  }
  for (const key of ['revision', 'platform'] as const) {
    const item = context[key];
    if (item === undefined) continue;
    const itemPath = childPath(path, key);
    checkString(item, itemPath, `context.${key}`, report);
    if (objectIsActivity === false) {
      report.add(
        itemPath,
        'context.activity-only',
        `context.${key} is only allowed when the statement's object is an Activity.`,
      );
    }
  }
  if (language !== undefined) validateLanguageTag(language, childPath(path, 'language'), report);
  if (statement !== undefined) {
    validateStatementRef(statement, childPath(path, 'statement'), report);
  }
  if (extensions !== undefined)
    validateExtensions(extensions, childPath(path, 'extensions'), report);
  const { contextAgents, contextGroups } = context;
  if (contextAgents !== undefined) {
    validateContextAgents(contextAgents, childPath(path, 'contextAgents'), report);
  }
  if (contextGroups !== undefined) {
    validateContextGroups(contextGroups, childPath(path, 'contextGroups'), report);
  }
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
  const lists = readProperties(value, path, CONTEXT_ACTIVITY_KEYS, 'contextActivities', report);
  for (const [key, list] of Object.entries(lists)) {
    const listPath = childPath(path, key);
    // Both versions accept a single Activity in place of an array (the LRS
    // returns arrays); the 2.0.0 conformance suite sends single objects too.
    if (Array.isArray(list)) {
      list.forEach((activity: unknown, index) =>
        validateActivity(activity, indexPath(listPath, index), report),
      );
    } else {
      validateActivity(list, listPath, report);
    }
  }
}
