import { childPath, indexPath } from './json-path.js';
import { describeType, isJsonObject, isMediaType, quote } from './format-checks.js';
import { validateLanguageMap } from './language-map.validator.js';
import { hasProperty, readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkIri, checkString } from './value-checks.js';

const ATTACHMENT_PROPERTIES = [
  'usageType',
  'display',
  'description',
  'contentType',
  'length',
  'sha2',
  'fileUrl',
];
const REQUIRED = ['usageType', 'display', 'contentType', 'length', 'sha2'];

/**
 * The attachments metadata of a statement or SubStatement. Whether each one
 * matches a part of a multipart request is checked where the request is read.
 */
export function validateAttachments(value: unknown, path: string, report: ValidationReport): void {
  if (!Array.isArray(value)) {
    report.add(
      path,
      'type.array',
      `attachments must be an array of Attachment objects, got ${describeType(value)}.`,
    );
    return;
  }
  value.forEach((item: unknown, index) => validateAttachment(item, indexPath(path, index), report));
}

function validateAttachment(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `An Attachment must be an object, got ${describeType(value)}.`);
    return;
  }
  const attachment = readProperties(value, path, ATTACHMENT_PROPERTIES, 'An Attachment', report);
  for (const key of REQUIRED) {
    if (!hasProperty(value, key)) {
      report.add(childPath(path, key), 'required', `An Attachment needs "${key}".`);
    }
  }
  const { usageType, display, description, contentType, length, sha2, fileUrl } = attachment;
  if (usageType !== undefined) {
    checkIri(usageType, childPath(path, 'usageType'), 'attachment.usageType', report);
  }
  if (display !== undefined) validateLanguageMap(display, childPath(path, 'display'), report);
  if (description !== undefined) {
    validateLanguageMap(description, childPath(path, 'description'), report);
  }
  const contentTypePath = childPath(path, 'contentType');
  if (
    contentType !== undefined &&
    checkString(contentType, contentTypePath, 'attachment.contentType', report) &&
    !isMediaType(contentType)
  ) {
    report.add(
      contentTypePath,
      'content-type.format',
      `attachment.contentType must be an Internet media type such as "application/pdf", got ${quote(contentType)}.`,
    );
  }
  if (length !== undefined && !(Number.isSafeInteger(length) && (length as number) >= 0)) {
    report.add(
      childPath(path, 'length'),
      'type.integer',
      `attachment.length must be the size in octets, a non-negative integer, got ${quote(length)}.`,
    );
  }
  if (sha2 !== undefined) checkString(sha2, childPath(path, 'sha2'), 'attachment.sha2', report);
  if (fileUrl !== undefined) {
    checkIri(fileUrl, childPath(path, 'fileUrl'), 'attachment.fileUrl', report);
  }
}
