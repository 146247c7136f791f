import { childPath, indexPath } from './json-path.js';
import { describeType, isJsonObject, quote, type JsonObject } from './format-checks.js';
import { validateAgent, validateGroup } from './actor.validator.js';
import { hasProperty, readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkIri } from './value-checks.js';

// xAPI 2.0.0 context.contextAgents and context.contextGroups: arrays of
// {objectType, agent | group, relevantTypes?}. relevantTypes, when given, is a
// non-empty array of IRIs.

export function validateContextAgents(
  value: unknown,
  path: string,
  report: ValidationReport,
): void {
  forEachItem(value, path, 'contextAgents', report, (item, itemPath) => {
    const { objectType, agent, relevantTypes } = readProperties(
      item,
      itemPath,
      ['objectType', 'agent', 'relevantTypes'],
      'A contextAgent',
      report,
    );
    if (objectType !== 'contextAgent' && item['objectType'] !== null) {
      report.add(
        childPath(itemPath, 'objectType'),
        'context-agent.object-type',
        `A contextAgents entry needs objectType "contextAgent", got ${quote(objectType)}.`,
      );
    }
    if (!hasProperty(item, 'agent')) {
      report.add(childPath(itemPath, 'agent'), 'required', 'A contextAgent needs an "agent".');
    } else if (agent !== undefined) {
      validateAgent(agent, childPath(itemPath, 'agent'), report, {
        rule: 'context-agent.agent',
        message: 'contextAgent.agent must be an Agent; put Groups in contextGroups.',
      });
    }
    if (relevantTypes !== undefined) validateRelevantTypes(relevantTypes, itemPath, report);
  });
}

export function validateContextGroups(
  value: unknown,
  path: string,
  report: ValidationReport,
): void {
  forEachItem(value, path, 'contextGroups', report, (item, itemPath) => {
    const { objectType, group, relevantTypes } = readProperties(
      item,
      itemPath,
      ['objectType', 'group', 'relevantTypes'],
      'A contextGroup',
      report,
    );
    if (objectType !== 'contextGroup' && item['objectType'] !== null) {
      report.add(
        childPath(itemPath, 'objectType'),
        'context-group.object-type',
        `A contextGroups entry needs objectType "contextGroup", got ${quote(objectType)}.`,
      );
    }
    if (!hasProperty(item, 'group')) {
      report.add(childPath(itemPath, 'group'), 'required', 'A contextGroup needs a "group".');
    } else if (group !== undefined) {
      validateGroup(group, childPath(itemPath, 'group'), report, {
        rule: 'context-group.group',
        message: 'contextGroup.group must be a Group (objectType "Group").',
      });
    }
    if (relevantTypes !== undefined) validateRelevantTypes(relevantTypes, itemPath, report);
  });
}

function forEachItem(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
  validate: (item: JsonObject, itemPath: string) => void,
): void {
  if (!Array.isArray(value)) {
    report.add(path, 'type.array', `${field} must be an array, got ${describeType(value)}.`);
    return;
  }
  value.forEach((item: unknown, index) => {
    const itemPath = indexPath(path, index);
    if (isJsonObject(item)) {
      validate(item, itemPath);
    } else {
      report.add(
        itemPath,
        'type.object',
        `Each ${field} entry must be an object, got ${describeType(item)}.`,
      );
    }
  });
}

function validateRelevantTypes(value: unknown, parentPath: string, report: ValidationReport): void {
  const path = childPath(parentPath, 'relevantTypes');
  if (!Array.isArray(value)) {
    report.add(
      path,
      'type.array',
      `relevantTypes must be an array of IRIs, got ${describeType(value)}.`,
    );
  } else if (value.length === 0) {
    report.add(path, 'array.empty', 'relevantTypes, when given, must list at least one IRI.');
  } else {
    value.forEach((item: unknown, index) =>
      checkIri(item, indexPath(path, index), 'Each relevantTypes entry', report),
    );
  }
}
