export type {
  Account,
  Activity,
  ActivityDefinition,
  Actor,
  Agent,
  Attachment,
  Context,
  ContextActivities,
  ContextActivityList,
  ContextAgent,
  ContextGroup,
  Extensions,
  Group,
  InteractionComponent,
  InteractionType,
  InverseFunctionalIdentifiers,
  LanguageMap,
  Result,
  Score,
  Statement,
  StatementObject,
  StatementRef,
  SubStatement,
  SubStatementObject,
  Verb,
} from './types.js';
export { actorKey } from './actor-key.js';
export { statementInstant } from './statement-time.js';
export { parseIsoDateTime, type IsoDateTimeParts } from './iso-date-time.js';
export {
  validateStatement,
  type StatementValidationOptions,
  type StatementValidationResult,
} from './statement-validation.js';
export type { ValidationError, ValidationRule } from './validation/validation-error.js';
export type { XapiVersion } from './validation/validation-report.js';
export { XapiError, type XapiErrorCode } from './xapi-error.js';
