import { type FigureKey } from './indicator-figures.model';

/** The k of spec section 8: counts from 1 to k − 1 are hidden; the API refuses any other k. */
export const MIN_DISCLOSURE_K = 3;
export const MAX_DISCLOSURE_K = 10;
export const DISCLOSURE_K_CHOICES: readonly number[] = Array.from(
  { length: MAX_DISCLOSURE_K - MIN_DISCLOSURE_K + 1 },
  (_, i) => MIN_DISCLOSURE_K + i,
);

/** What a cell hidden to protect another one shows (a primary one shows `<k`). */
export const SECONDARY_SUPPRESSION_MARK = 'c';

/** The languages the API writes the disclosure rule in. */
export const PUBLICATION_LANGUAGES = ['ca', 'es', 'en'] as const;
export type PublicationLanguage = (typeof PUBLICATION_LANGUAGES)[number];

/** The question a snapshot answers. */
export interface SnapshotQuery {
  readonly from: string;
  readonly to: string;
  readonly programme: string | null;
  readonly format: string | null;
  readonly course: string | null;
  readonly ageScheme: string;
  readonly ageBands: string | null;
}

/** `GET /api/snapshots/published`: an approved snapshot that nothing supersedes. */
export interface PublishableSnapshot {
  readonly id: string;
  readonly query: SnapshotQuery;
  /** ISO instant. */
  readonly cutoff: string;
  readonly definitionsVersion: string;
  /** ISO instant. */
  readonly approvedAt: string;
}

/** A breakdown cell as published: 0, a count rounded to 5, `<k` or `c`. */
export type PublishedCell = number | string;

/** Cell to published value, in the API's display order. */
export type PublishedBreakdown = Readonly<Record<string, PublishedCell>>;

/** From exact counts; not shown over a base under 10 (spec section 8). */
export type PublishedPercentage =
  | { readonly kind: 'shown'; readonly value: number }
  | { readonly kind: 'not-shown'; readonly reason: 'denominator-below-10' };

/** `GET /api/snapshots/:id/publication`: the snapshot under disclosure control. */
export interface PublicationView {
  readonly snapshot: {
    readonly id: string;
    readonly query: SnapshotQuery;
    readonly cutoff: string;
    readonly definitionsVersion: string;
    /** The reporting time zone: the day the cut-off falls on. */
    readonly timeZone: string;
    readonly approval: { readonly at: string } | null;
    readonly supersededBy: { readonly id: string } | null;
  };
  readonly k: number;
  readonly language: PublicationLanguage;
  /** The rule and k applied, in `language`, to print with the figures. */
  readonly rule: string;
  /**
   * A restriction request is active: the figures were counted again at the
   * cut-off without the persons concerned, so they can differ from the snapshot's.
   */
  readonly restrictedPersonsLeftOut: boolean;
  /** Exact. */
  readonly totals: {
    readonly users: number;
    readonly enrolments: number;
    readonly completions: number;
    readonly completers: number;
  };
  readonly percentages: { readonly completionRate: PublishedPercentage };
  /** Figure to breakdown (sex, ageBand…) to cells. */
  readonly breakdowns: Readonly<
    Partial<Record<FigureKey, Readonly<Record<string, PublishedBreakdown>>>>
  >;
}

/** `k` left out asks for the API's default. */
export interface PublicationOptions {
  readonly k?: number;
  readonly language: PublicationLanguage;
}
