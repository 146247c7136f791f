import { childPath, indexPath } from './json-path.js';
import { describeType, isJsonObject } from './format-checks.js';
import { validateLanguageMap } from './language-map.validator.js';
import { hasProperty, readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkString } from './value-checks.js';

/** correctResponsesPattern: an array of strings (their syntax per interactionType is not checked). */
export function validateCorrectResponsesPattern(
  value: unknown,
  path: string,
  report: ValidationReport,
): void {
  if (!Array.isArray(value)) {
    report.add(
      path,
      'type.array',
      `correctResponsesPattern must be an array of strings, got ${describeType(value)}.`,
    );
    return;
  }
  value.forEach((item: unknown, index) =>
    checkString(item, indexPath(path, index), 'Each correct response pattern', report),
  );
}

/** An interaction component list (choices, scale, source, target, steps). */
export function validateComponentList(
  value: unknown,
  path: string,
  report: ValidationReport,
): void {
  if (!Array.isArray(value)) {
    report.add(
      path,
      'type.array',
      `An interaction component list must be an array of {"id", "description"} objects, got ${describeType(value)}.`,
    );
    return;
  }
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    const itemPath = indexPath(path, index);
    const id = validateComponent(item, itemPath, report);
    if (id === undefined) return;
    if (seen.has(id)) {
      report.add(
        childPath(itemPath, 'id'),
        'interaction-component.duplicate-id',
        `Interaction component ids must be distinct within a list; "${id}" is repeated.`,
      );
    }
    seen.add(id);
  });
}

/** Returns the component's id when it is a string, for the distinctness check. */
function validateComponent(
  value: unknown,
  path: string,
  report: ValidationReport,
): string | undefined {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `An interaction component must be an object with an "id", got ${describeType(value)}.`,
    );
    return undefined;
  }
  const { id, description } = readProperties(
    value,
    path,
    ['id', 'description'],
    'An interaction component',
    report,
  );
  if (description !== undefined) {
    validateLanguageMap(description, childPath(path, 'description'), report);
  }
  if (!hasProperty(value, 'id')) {
    report.add(childPath(path, 'id'), 'required', 'An interaction component needs an "id" string.');
    return undefined;
  }
  if (id === undefined) return undefined;
  return checkString(id, childPath(path, 'id'), 'An interaction component id', report)
    ? id
    : undefined;
}
