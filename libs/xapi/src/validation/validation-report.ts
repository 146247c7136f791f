import type { ValidationError, ValidationRule } from './validation-error.js';

/** The xAPI versions a statement can be validated against. */
export type XapiVersion = '1.0.3' | '2.0.0';

/**
 * Collects every error found. Validators add to it instead of returning early,
 * so a client fixes a statement in one round trip instead of one per error.
 *
 * It also carries the xAPI version the statement is validated against: every
 * part validator already receives the report, and the few rules that differ
 * between 1.0.3 and 2.0.0 read the version from here.
 */
export class ValidationReport {
  readonly errors: ValidationError[] = [];

  constructor(readonly version: XapiVersion = '1.0.3') {}

  add(path: string, rule: ValidationRule, message: string): void {
    this.errors.push({ path, rule, message });
  }
}
