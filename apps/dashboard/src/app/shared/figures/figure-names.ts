import { type FigureKey, type FormatFilter } from '../../core/api/indicator-figures.model';
import { textOf } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../shared.messages';

/** How a figure reads on screen. */
export interface FigureName {
  /** On its own, as a heading or a column: "Users". */
  readonly label: string;
  /** Inside a sentence: "100 users". */
  readonly inText: string;
  /** What it counts (spec section 5). */
  readonly counts: string;
}

// The interface language is fixed for a page load (a change reloads), so the names are read once.
export const FIGURE_NAMES: Readonly<Record<FigureKey, FigureName>> = {
  users: {
    label: textOf(SHARED_MESSAGES, 'figure.users'),
    inText: textOf(SHARED_MESSAGES, 'figure.users.inText'),
    counts: textOf(SHARED_MESSAGES, 'figure.users.counts'),
  },
  enrolments: {
    label: textOf(SHARED_MESSAGES, 'figure.enrolments'),
    inText: textOf(SHARED_MESSAGES, 'figure.enrolments.inText'),
    counts: textOf(SHARED_MESSAGES, 'figure.enrolments.counts'),
  },
  completions: {
    label: textOf(SHARED_MESSAGES, 'figure.completions'),
    inText: textOf(SHARED_MESSAGES, 'figure.completions.inText'),
    counts: textOf(SHARED_MESSAGES, 'figure.completions.counts'),
  },
};

const FORMAT_NAMES: Readonly<Record<FormatFilter, string>> = {
  mooc: textOf(SHARED_MESSAGES, 'courseFormat.mooc'),
  instant: textOf(SHARED_MESSAGES, 'courseFormat.instant'),
  masterclass: textOf(SHARED_MESSAGES, 'courseFormat.masterclass'),
  course: textOf(SHARED_MESSAGES, 'courseFormat.course'),
  uncatalogued: textOf(SHARED_MESSAGES, 'courseFormat.uncatalogued'),
};

/** A course format as people say it; an unexpected value is shown as the API wrote it. */
export function formatName(format: string): string {
  return (FORMAT_NAMES as Readonly<Record<string, string>>)[format] ?? format;
}
