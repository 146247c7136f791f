import { type UncataloguedActivity } from './courses.model';

/** Statements received in one month of `stored` (YYYY-MM, reporting time zone). */
export interface ReceivedMonth {
  readonly month: string;
  readonly received: number;
}

export interface ReceivedStatements {
  readonly received: number;
  /** From the first statement's month to the last one's, empty months included. */
  readonly byMonth: readonly ReceivedMonth[];
  readonly voided: number;
  /** Statements whose actor is a Group: stored, never counted. */
  readonly groupActorsSkipped: number;
}

export interface RejectionReason {
  /** The error code the LRS answered, such as `xapi.invalid_statement`. */
  readonly code: string;
  readonly rejections: number;
  readonly lastRejectedAt: string;
}

export interface Rejection {
  readonly rejectedAt: string;
  readonly code: string;
  /** Where and why, without the values sent. */
  readonly message: string;
  readonly credentialKey: string;
}

export interface Rejections {
  /** Refused POST and PUT requests of statements; a refused batch counts once. */
  readonly total: number;
  readonly byReason: readonly RejectionReason[];
  readonly latest: readonly Rejection[];
}

/** Registry persons with each demographic missing. */
export interface MissingDemographics {
  readonly sex: number;
  readonly birthYear: number;
  readonly iscedLevel: number;
  readonly employmentStatus: number;
  readonly municipality: number;
}

export interface PersonsWithoutDemographics {
  readonly registered: number;
  readonly registeredWithoutAny: number;
  readonly missing: MissingDemographics;
  /** Actors of counting statements the registry does not list. */
  readonly unregisteredActors: number;
}

/** `GET /api/quality`. */
export interface QualityReport {
  readonly statements: ReceivedStatements;
  readonly rejections: Rejections;
  readonly persons: PersonsWithoutDemographics;
  readonly uncatalogued: {
    /** The most mentioned first, at most `limit`. */
    readonly activities: readonly UncataloguedActivity[];
    readonly limit: number;
  };
}
