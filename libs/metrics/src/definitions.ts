/**
 * A definitions version: everything that decides what counts, kept as data so
 * that a figure can name the version it was computed with and be recomputed
 * identically later (spec sections 1 and 4).
 */
export interface Definitions {
  readonly version: string;
  /** IANA time zone in which timestamps become calendar dates. */
  readonly timeZone: string;
  readonly verbs: {
    readonly enrolment: readonly string[];
    readonly completion: readonly string[];
  };
  /** Verb of the statements that void others; those never count themselves. */
  readonly voidingVerb: string;
}

// Frozen because one shared object backs every computation: a mutation in one
// place would silently change figures everywhere.
export const DEFINITIONS_V1: Definitions = Object.freeze({
  version: '1',
  timeZone: 'Europe/Madrid',
  verbs: Object.freeze({
    enrolment: Object.freeze(['http://adlnet.gov/expapi/verbs/registered']),
    completion: Object.freeze([
      'http://adlnet.gov/expapi/verbs/completed',
      'http://adlnet.gov/expapi/verbs/passed',
      'http://adlnet.gov/expapi/verbs/attended',
    ]),
  }),
  voidingVerb: 'http://adlnet.gov/expapi/verbs/voided',
});
