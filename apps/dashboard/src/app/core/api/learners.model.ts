/** `POST /api/learners/import` applied the whole file. */
export interface LearnerImportResult {
  /** Data rows applied. */
  readonly applied: number;
  readonly personsCreated: number;
  readonly personsUpdated: number;
  readonly identifiersAdded: number;
  readonly identifiersReassigned: number;
  readonly identifiersRemoved: number;
}

/** `GET /api/learners/summary`. */
export interface RegistrySummary {
  readonly persons: number;
  readonly identifiers: number;
  readonly withoutDemographics: number;
}

/** The registry's columns (spec section 9), in any order in a file; `@fita/metrics` has the same list. */
export const LEARNER_REGISTRY_COLUMNS = [
  'person_id',
  'email',
  'account_home_page',
  'account_name',
  'sex',
  'birth_year',
  'isced_level',
  'employment_status',
  'municipality',
  'district',
] as const;
