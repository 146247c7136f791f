import { type BreakdownDimension } from '../../../core/api/indicator-figures.model';
import { textOf } from '../../../core/i18n/translator';
import { BREAKDOWNS_MESSAGES } from '../breakdowns.messages';

/** How a breakdown reads on screen. */
export interface DimensionName {
  /** As a tab or a column: "Sex". */
  readonly label: string;
  /** After a figure in a sentence: "users by sex". */
  readonly by: string;
  /** Why a person falls in its `unknown` cell, for the note that shows its share. */
  readonly unknownMeans: string;
}

export const DIMENSION_NAMES: Readonly<Record<BreakdownDimension, DimensionName>> = {
  sex: {
    label: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.dimension.sex'),
    by: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.by.sex'),
    unknownMeans: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknownMeans.sex'),
  },
  ageBand: {
    label: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.dimension.ageBand'),
    by: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.by.ageBand'),
    unknownMeans: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknownMeans.ageBand'),
  },
  education: {
    label: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.dimension.education'),
    by: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.by.education'),
    unknownMeans: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknownMeans.education'),
  },
  employment: {
    label: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.dimension.employment'),
    by: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.by.employment'),
    unknownMeans: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknownMeans.employment'),
  },
  residence: {
    label: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.dimension.residence'),
    by: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.by.residence'),
    unknownMeans: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknownMeans.residence'),
  },
  format: {
    label: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.dimension.format'),
    by: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.by.format'),
    unknownMeans: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknownMeans.format'),
  },
};
