import type { UncataloguedActivity } from '../courses/courses.repository.js';

/** Statements received in one month of `stored`, in the reporting time zone. */
export interface ReceivedMonth {
  /** YYYY-MM. */
  month: string;
  received: number;
}

export interface ReceivedStatements {
  /** Every statement stored, whatever it says. */
  received: number;
  /** Every month from the first statement's to the last one's, empty months included. */
  byMonth: ReceivedMonth[];
  /** Statements voided by a voiding statement the indicators have processed. */
  voided: number;
  /** Statements whose actor is a Group: stored and served, never counted (spec section 1). */
  groupActorsSkipped: number;
}

export interface RejectionReason {
  code: string;
  rejections: number;
  lastRejectedAt: string;
}

export interface Rejection {
  rejectedAt: string;
  code: string;
  /** Where and why, without the values sent. */
  message: string;
  credentialKey: string;
}

export interface Rejections {
  /** POST and PUT requests of statements refused, in all (a refused batch counts once). */
  total: number;
  byReason: RejectionReason[];
  latest: Rejection[];
}

/** Registry persons with each demographic missing. */
export interface MissingDemographics {
  sex: number;
  birthYear: number;
  iscedLevel: number;
  employmentStatus: number;
  municipality: number;
}

export interface PersonsWithoutDemographics {
  /** Persons the registry lists. */
  registered: number;
  /** Registry persons with no demographic at all. */
  registeredWithoutAny: number;
  missing: MissingDemographics;
  /**
   * Actors of counting statements that the registry does not list: each is a
   * person of their own with unknown demographics (spec section 2).
   */
  unregisteredActors: number;
}

export interface UncataloguedActivities {
  /** The most mentioned first, at most `limit`. */
  activities: UncataloguedActivity[];
  limit: number;
}

/** `GET /api/quality`: what the figures leave out or cannot break down, and why. */
export interface QualityView {
  statements: ReceivedStatements;
  rejections: Rejections;
  persons: PersonsWithoutDemographics;
  uncatalogued: UncataloguedActivities;
}
