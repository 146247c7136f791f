import { quote } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

// The statement's own "version" property. xAPI 1.0.3 accepts 1.0 and 1.0.x
// (and MUST reject anything else, 2.0.0 included); xAPI 2.0.0 accepts 2.0 and
// 2.0.x and, as its conformance suite checks, still 1.0 and 1.0.x.
const ACCEPTED = {
  '1.0.3': /^1\.0(?:\.\d+)?$/,
  '2.0.0': /^[12]\.0(?:\.\d+)?$/,
} as const;
const EXAMPLES = {
  '1.0.3': '"1.0.0" or "1.0.3"',
  '2.0.0': '"1.0.3" or "2.0.0"',
} as const;

export function validateStatementVersion(
  value: unknown,
  path: string,
  report: ValidationReport,
): void {
  if (typeof value === 'string' && ACCEPTED[report.version].test(value)) return;
  report.add(
    path,
    'version.format',
    `version must be an xAPI version accepted under X-Experience-API-Version ${report.version}, such as ${EXAMPLES[report.version]}, got ${quote(value)}.`,
  );
}
