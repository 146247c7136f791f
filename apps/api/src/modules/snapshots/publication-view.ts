import {
  disclosureRuleText,
  protectBreakdown,
  publishPercentage,
  publishedCellValue,
  type BreakdownKey,
  type PublishedPercentage,
} from '@fita/metrics';
import type { IndicatorsView } from '../indicators/indicators.view.js';
import type { PublicationOptions } from './dto/publication.query.js';
import type { SnapshotSummaryView, SnapshotView } from './snapshot.view.js';

/** A published breakdown: each cell a count (0 or rounded to 5) or a mark (`<k`, `c`). */
export type PublishedBreakdowns = Record<string, Record<string, Record<string, number | string>>>;

export interface PublicationView {
  /** With its time zone: the day the cut-off falls on, in quotes, is the reporting zone's. */
  snapshot: Pick<
    SnapshotSummaryView,
    'id' | 'query' | 'cutoff' | 'definitionsVersion' | 'timeZone' | 'approval' | 'supersededBy'
  >;
  k: number;
  language: PublicationOptions['language'];
  /** The rule and k applied, to print with every publication (spec section 8). */
  rule: string;
  /**
   * A restriction request was active: the figures were counted again at the
   * snapshot's cut-off without the persons concerned (and with the registry
   * as it is now), so they can differ from the approved snapshot's.
   */
  restrictedPersonsLeftOut: boolean;
  /** Headline totals are exact. */
  totals: { users: number; enrolments: number; completions: number; completers: number };
  /** From exact counts, shown only over a base of 10 or more. */
  percentages: { completionRate: PublishedPercentage };
  breakdowns: PublishedBreakdowns;
}

/**
 * The publication view of a snapshot (spec section 8): exact totals, every
 * breakdown through primary and secondary suppression and rounding, the
 * completion rate as a percentage only over a base of 10, and the rule.
 */
export function publicationOf(
  snapshot: SnapshotView,
  options: PublicationOptions,
  counted: { view: IndicatorsView; restrictedPersonsLeftOut: boolean } = {
    view: snapshot.view,
    restrictedPersonsLeftOut: false,
  },
): PublicationView {
  const { view, restrictedPersonsLeftOut } = counted;
  const breakdowns: PublishedBreakdowns = {};
  for (const [figure, byBreakdown] of Object.entries(view.breakdowns)) {
    breakdowns[figure] = {};
    const typed: Partial<Record<BreakdownKey, Record<string, number>>> = byBreakdown;
    for (const [name, cells] of Object.entries(typed)) {
      if (cells === undefined) continue;
      const published = protectBreakdown(cells, options.k);
      breakdowns[figure][name] = Object.fromEntries(
        Object.entries(published).map(([cell, value]) => [cell, publishedCellValue(value)]),
      );
    }
  }
  return {
    snapshot: {
      id: snapshot.id,
      query: snapshot.query,
      cutoff: snapshot.cutoff,
      definitionsVersion: snapshot.definitionsVersion,
      timeZone: snapshot.timeZone,
      approval: snapshot.approval,
      supersededBy: snapshot.supersededBy,
    },
    k: options.k,
    language: options.language,
    rule: disclosureRuleText(options.k, options.language),
    restrictedPersonsLeftOut,
    totals: {
      users: view.users,
      enrolments: view.enrolments,
      completions: view.completions,
      completers: view.completers,
    },
    percentages: { completionRate: publishPercentage(view.completions, view.enrolments) },
    breakdowns,
  };
}
