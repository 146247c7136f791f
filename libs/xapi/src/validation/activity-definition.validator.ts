import { childPath } from './json-path.js';
import { describeType, isJsonObject } from './format-checks.js';
import { validateExtensions } from './extensions.validator.js';
import { validateComponentList, validateCorrectResponsesPattern } from './interaction.validator.js';
import { validateLanguageMap } from './language-map.validator.js';
import { readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkIri } from './value-checks.js';

const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;
/** The interaction component lists each interactionType supports (none for the others). */
const LISTS_BY_TYPE: Partial<Record<string, readonly string[]>> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};
const DEFINITION_PROPERTIES = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  'correctResponsesPattern',
  ...COMPONENT_LISTS,
];

export function validateActivityDefinition(
  value: unknown,
  path: string,
  report: ValidationReport,
): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `An Activity definition must be an object, got ${describeType(value)}.`,
    );
    return;
  }
  const definition = readProperties(
    value,
    path,
    DEFINITION_PROPERTIES,
    'An Activity definition',
    report,
  );
  const { name, description, type, moreInfo, extensions } = definition;
  if (name !== undefined) validateLanguageMap(name, childPath(path, 'name'), report);
  if (description !== undefined) {
    validateLanguageMap(description, childPath(path, 'description'), report);
  }
  if (type !== undefined) checkIri(type, childPath(path, 'type'), 'definition.type', report);
  if (moreInfo !== undefined) {
    checkIri(moreInfo, childPath(path, 'moreInfo'), 'definition.moreInfo', report);
  }
  if (extensions !== undefined)
    validateExtensions(extensions, childPath(path, 'extensions'), report);
  validateInteraction(definition, value['interactionType'] === null, path, report);
}

/** interactionType, correctResponsesPattern and the interaction component lists. */
function validateInteraction(
  definition: Record<string, unknown>,
  interactionTypeWasNull: boolean,
  path: string,
  report: ValidationReport,
): void {
  const interactionType = definition['interactionType'];
  const typePath = childPath(path, 'interactionType');
  let supported: readonly string[] | undefined;
  if (interactionType === undefined) {
    const used = ['correctResponsesPattern', ...COMPONENT_LISTS].filter(
      (key) => definition[key] !== undefined,
    );
    if (used.length > 0 && !interactionTypeWasNull) {
      report.add(
        typePath,
        'interaction-type.required',
        `An Activity definition that uses ${used.join(', ')} needs an interactionType (${INTERACTION_TYPES.join(', ')}).`,
      );
    }
  } else if (typeof interactionType !== 'string') {
    report.add(
      typePath,
      'type.string',
      `interactionType must be a string, got ${describeType(interactionType)}.`,
    );
  } else if (!INTERACTION_TYPES.includes(interactionType)) {
    const hint = INTERACTION_TYPES.find((t) => t === interactionType.toLowerCase());
    report.add(
      typePath,
      'interaction-type.value',
      hint === undefined
        ? `interactionType must be one of ${INTERACTION_TYPES.join(', ')}, got ${JSON.stringify(interactionType)}.`
        : `interactionType values are case-sensitive: use "${hint}", not ${JSON.stringify(interactionType)}.`,
    );
  } else {
    supported = LISTS_BY_TYPE[interactionType] ?? [];
  }

  const pattern = definition['correctResponsesPattern'];
  if (pattern !== undefined) {
    validateCorrectResponsesPattern(pattern, childPath(path, 'correctResponsesPattern'), report);
  }
  for (const list of COMPONENT_LISTS) {
    const components = definition[list];
    if (components === undefined) continue;
    const listPath = childPath(path, list);
    if (supported !== undefined && !supported.includes(list)) {
      report.add(
        listPath,
        'interaction-component.not-allowed',
        supported.length === 0
          ? `A "${String(interactionType)}" interaction has no component lists; remove "${list}".`
          : `A "${String(interactionType)}" interaction uses ${supported.join(' and ')}, not "${list}".`,
      );
    }
    validateComponentList(components, listPath, report);
  }
}
