import type { ValidationError, ValidationRule } from './validation-error.js';

/**
 * Collects every error found. Validators add to it instead of returning early,
 * so a client fixes a statement in one round trip instead of one per error.
 */
export class ValidationReport {
  readonly errors: ValidationError[] = [];

  add(path: string, rule: ValidationRule, message: string): void {
    this.errors.push({ path, rule, message });
  }
}
