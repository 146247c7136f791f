import {
  type AgeScheme,
  type FormatFilter,
  type IndicatorFigures,
} from './indicator-figures.model';

/** Who created or approved a snapshot. */
export interface SnapshotPerson {
  readonly id: string;
  readonly email: string;
}

/** The question a snapshot froze: the indicator query of spec section 9, without the cut-off. */
export interface SnapshotQuery {
  readonly from: string;
  readonly to: string;
  readonly programme: string | null;
  readonly format: string | null;
  readonly course: string | null;
  readonly ageScheme: string;
  readonly ageBands: string | null;
}

/** A snapshot without its values (spec section 7). */
export interface SnapshotSummary {
  readonly id: string;
  readonly query: SnapshotQuery;
  /** ISO 8601 instant: statements stored after it are left out. */
  readonly cutoff: string;
  readonly definitionsVersion: string;
  readonly timeZone: string;
  readonly statementCount: number;
  /** SHA-256 (hex) of the sorted ids of the counting statements. */
  readonly fingerprint: string;
  readonly createdBy: SnapshotPerson;
  readonly createdAt: string;
  readonly approval: { readonly by: SnapshotPerson; readonly at: string } | null;
  /** The snapshot this one corrects, and why. */
  readonly supersedes: { readonly id: string; readonly reason: string } | null;
  /** The snapshot that corrects this one: its id, who created it (e-mail) and when. */
  readonly supersededBy: { readonly id: string; readonly by: string; readonly at: string } | null;
}

/** `GET /api/snapshots`: newest first. */
export interface SnapshotListItem extends SnapshotSummary {
  readonly headline: {
    readonly users: number;
    readonly enrolments: number;
    readonly completions: number;
    readonly completers: number;
  };
}

/** `GET /api/snapshots/:id`: the summary with the whole frozen answer. */
export interface Snapshot extends SnapshotSummary {
  readonly view: IndicatorFigures;
}

/** The body of `POST /api/snapshots`; absent keys mean no filter, the default scheme, now. */
export interface NewSnapshot {
  readonly from: string;
  readonly to: string;
  readonly programme?: string;
  readonly format?: FormatFilter;
  readonly course?: string;
  readonly ageScheme?: AgeScheme;
  /** With `ageScheme: 'custom'`: "25-40,41-64". */
  readonly ageBands?: string;
  /** ISO 8601 instant with a zone; never in the future. */
  readonly cutoff?: string;
  /** The snapshot this corrects; `reason` is then required. */
  readonly supersedes?: string;
  readonly reason?: string;
}

/** `202` of `POST /api/snapshots`. */
export interface SnapshotJobAccepted {
  readonly jobId: string;
  /** The id the snapshot will have once the job is done. */
  readonly snapshotId: string;
  /** Where to follow the job. */
  readonly status: string;
}

/** `GET /api/snapshots/jobs/:jobId`. */
export interface SnapshotJob {
  readonly jobId: string;
  /** BullMQ's state: waiting, active, delayed (between attempts), completed, failed... */
  readonly state: string;
  /** `{ stage, processed }` while it runs; the API does not type it further. */
  readonly progress: unknown;
  readonly snapshotId: string | null;
  readonly error: string | null;
}

/** One value of two views side by side: a total, ratio, growth or breakdown cell, by its path. */
export interface ValueComparison {
  /** `users`, `completionRate`, `growth.users`, `breakdowns.users.sex.woman`... */
  readonly value: string;
  /** Null when that side lacks the value (or it is an undefined ratio). */
  readonly a: number | null;
  readonly b: number | null;
  /** b − a; null when either side is null. */
  readonly difference: number | null;
  readonly equal: boolean;
}

/** `GET /api/snapshots/compare?a=&b=`. */
export interface SnapshotComparison {
  readonly a: SnapshotSummary;
  readonly b: SnapshotSummary;
  readonly statementCount: { readonly a: number; readonly b: number; readonly difference: number };
  readonly fingerprintsEqual: boolean;
  readonly values: readonly ValueComparison[];
}

export interface ValueDifference {
  readonly value: string;
  readonly snapshot: number | null;
  readonly recomputed: number | null;
  readonly difference: number | null;
}

/** `POST /api/snapshots/:id/verify`: the snapshot's question asked again at its cut-off. */
export interface SnapshotVerification {
  readonly snapshotId: string;
  readonly cutoff: string;
  /** Every value recomputed equals the frozen one. */
  readonly matches: boolean;
  readonly statementCountMatches: boolean;
  readonly fingerprintMatches: boolean;
  readonly statementCount: { readonly snapshot: number; readonly recomputed: number };
  readonly fingerprint: { readonly snapshot: string; readonly recomputed: string };
  readonly definitionsVersion: { readonly snapshot: string; readonly recomputed: string };
  readonly timeZone: { readonly snapshot: string; readonly recomputed: string };
  readonly differences: readonly ValueDifference[];
}

/** A pseudonymous person or person-course pair behind a counted value. */
export interface EvidenceEntry {
  /** `person:<registry person_id>` or `actor:<actor key>`. */
  readonly person: string;
  /** Enrolments and completions: the course of the pair. */
  readonly course?: string;
  /** Completers: the courses of their counted completions. */
  readonly courses?: readonly string[];
  /** The statements that qualified the entry. */
  readonly statementIds: readonly string[];
}

/** `GET /api/snapshots/:id/evidence`. */
export interface SnapshotEvidence {
  readonly snapshotId: string;
  readonly value: string;
  /** The value as the snapshot froze it. */
  readonly snapshotValue: number;
  /** How many persons or pairs the evidence finds now. */
  readonly total: number;
  /** total equals snapshotValue. */
  readonly matches: boolean;
  readonly page: number;
  readonly pageSize: number;
  readonly entries: readonly EvidenceEntry[];
}

export interface EvidenceQuery {
  /** A counted value: `users`, `completers`, `breakdowns.users.sex.woman`... */
  readonly value: string;
  readonly page: number;
  readonly pageSize: number;
}
