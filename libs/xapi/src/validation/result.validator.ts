import { childPath } from './json-path.js';
import { isIsoDuration } from './duration.js';
import { validateExtensions } from './extensions.validator.js';
import { describeType, isJsonObject, quote } from './format-checks.js';
import { readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkBoolean, checkNumber, checkString } from './value-checks.js';

const RESULT_PROPERTIES = ['score', 'success', 'completion', 'response', 'duration', 'extensions'];
const SCORE_PROPERTIES = ['scaled', 'raw', 'min', 'max'];

export function validateResult(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `result must be an object, got ${describeType(value)}.`);
    return;
  }
  const { score, success, completion, response, duration, extensions } = readProperties(
    value,
    path,
    RESULT_PROPERTIES,
    'A result',
    report,
  );
  if (score !== undefined) validateScore(score, childPath(path, 'score'), report);
  if (success !== undefined) checkBoolean(success, childPath(path, 'success'), 'success', report);
  if (completion !== undefined) {
    checkBoolean(completion, childPath(path, 'completion'), 'completion', report);
  }
  if (response !== undefined) {
    checkString(response, childPath(path, 'response'), 'response', report);
  }
  if (duration !== undefined && !isIsoDuration(duration)) {
    report.add(
      childPath(path, 'duration'),
      'duration.format',
      `duration must be an ISO 8601 duration such as "PT1H30M" or "PT4H35M59.14S", got ${quote(duration)}.`,
    );
  }
  if (extensions !== undefined)
    validateExtensions(extensions, childPath(path, 'extensions'), report);
}

function validateScore(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `score must be an object, got ${describeType(value)}.`);
    return;
  }
  const score = readProperties(value, path, SCORE_PROPERTIES, 'A score', report);
  const numbers: Partial<Record<'scaled' | 'raw' | 'min' | 'max', number>> = {};
  for (const key of ['scaled', 'raw', 'min', 'max'] as const) {
    const item = score[key];
    if (item !== undefined && checkNumber(item, childPath(path, key), `score.${key}`, report)) {
      numbers[key] = item;
    }
  }
  const { scaled, raw, min, max } = numbers;
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) {
    report.add(
      childPath(path, 'scaled'),
      'score.scaled-range',
      `score.scaled must be between -1 and 1 inclusive, got ${scaled}.`,
    );
  }
  if (min !== undefined && max !== undefined && min >= max) {
    report.add(
      childPath(path, 'min'),
      'score.min-max',
      `score.min must be less than score.max, got min ${min} and max ${max}.`,
    );
  }
  if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) {
    report.add(
      childPath(path, 'raw'),
      'score.raw-range',
      `score.raw must lie between score.min and score.max inclusive, got ${raw} (min ${min ?? 'none'}, max ${max ?? 'none'}).`,
    );
  }
}
