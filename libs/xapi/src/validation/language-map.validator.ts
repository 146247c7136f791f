import { childPath } from './json-path.js';
import { describeType, isJsonObject } from './format-checks.js';
import { isLanguageTag } from './language-tag.js';
import type { ValidationReport } from './validation-report.js';

/**
 * A language map: an object whose keys are RFC 5646 language tags and whose
 * values are strings.
 */
export function validateLanguageMap(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `Expected a language map such as {"en": "completed"}, got ${describeType(value)}.`,
    );
    return;
  }
  for (const [tag, text] of Object.entries(value)) {
    const entryPath = childPath(path, tag);
    if (!isLanguageTag(tag)) {
      report.add(
        entryPath,
        'language-tag.format',
        `"${tag}" is not an RFC 5646 language tag; use one such as "en", "en-US" or "zh-Hant".`,
      );
    }
    if (text === null) {
      report.add(entryPath, 'value.null', `The "${tag}" entry cannot be null; give a string.`);
    } else if (typeof text !== 'string') {
      report.add(
        entryPath,
        'language-map.value',
        `Each entry of a language map must be a string, but "${tag}" is ${describeType(text)}.`,
      );
    }
  }
}

/** A single language tag, as in context.language. */
export function validateLanguageTag(value: unknown, path: string, report: ValidationReport): void {
  if (typeof value !== 'string') {
    report.add(
      path,
      'type.string',
      `Expected an RFC 5646 language tag, got ${describeType(value)}.`,
    );
  } else if (!isLanguageTag(value)) {
    report.add(
      path,
      'language-tag.format',
      `"${value}" is not an RFC 5646 language tag; use one such as "en", "en-US" or "zh-Hant".`,
    );
  }
}
