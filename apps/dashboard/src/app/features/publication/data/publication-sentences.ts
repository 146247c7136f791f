import {
  type PublicationLanguage,
  type PublicationView,
  type PublishedCell,
} from '../../../core/api/publication.model';
import {
  type CellAmount,
  SENTENCE_TEXTS,
  type SentenceFrame,
  type SentenceTexts,
  type WrittenCount,
  type WrittenDate,
} from './sentence-texts';

/** The headline figures that get a ready-to-quote sentence. */
export const QUOTE_FIGURES = ['users', 'enrolments', 'completions', 'completionRate'] as const;
export type QuoteFigure = (typeof QUOTE_FIGURES)[number];

/**
 * A sentence to quote, or why there is none: a percentage over a base under
 * 10 is not published (spec section 8), so no sentence may state it.
 */
export type Quote =
  | { readonly kind: 'sentence'; readonly text: string }
  | { readonly kind: 'withheld'; readonly reason: 'base-below-10' };

/**
 * The language of a sentence is fixed (it is quoted as written), so its
 * numbers and dates follow that language, not the interface's. English is
 * written the British way, the EU's.
 */
export const SENTENCE_LOCALES: Readonly<Record<PublicationLanguage, string>> = {
  ca: 'ca',
  es: 'es',
  en: 'en-GB',
};

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PRIMARY_MARK = /^<(\d+)$/;

/**
 * The ready-to-quote sentence of one headline figure in one language, built
 * from the publication view only: exact totals (published exactly, spec
 * section 8), breakdown cells as published (rounded to 5, `<k`; a `c` cell is
 * left out) and the percentage only when the API shows it.
 */
export function quoteOf(
  view: PublicationView,
  figure: QuoteFigure,
  language: PublicationLanguage,
): Quote {
  const texts = SENTENCE_TEXTS[language];
  const locale = SENTENCE_LOCALES[language];
  const frame = sentenceFrame(view, texts, locale);
  const count = (n: number) => writtenCount(n, locale);
  const { totals } = view;
  switch (figure) {
    case 'users':
      return sentence(texts.users(frame, count(totals.users), sexClause(view, texts, locale)));
    case 'enrolments':
      return sentence(texts.enrolments(frame, count(totals.enrolments)));
    case 'completions':
      return sentence(
        texts.completions(frame, count(totals.completers), count(totals.completions)),
      );
    case 'completionRate': {
      const rate = view.percentages.completionRate;
      if (rate.kind !== 'shown') return { kind: 'withheld', reason: 'base-below-10' };
      return sentence(texts.completionRate(frame, formatPercentage(rate.value, locale)));
    }
  }
}

function sentence(text: string): Quote {
  return { kind: 'sentence', text };
}

function sentenceFrame(view: PublicationView, texts: SentenceTexts, locale: string): SentenceFrame {
  const { query, cutoff, timeZone } = view.snapshot;
  const scope = [
    query.programme === null ? '' : texts.programme(query.programme),
    query.format === null ? '' : texts.format(query.format),
    query.course === null ? '' : texts.course(query.course),
  ].join('');
  return {
    when: periodPhrase(query.from, query.to, texts, locale),
    scope,
    asOf: texts.asOf(writtenInstantDay(cutoff, timeZone, locale)),
  };
}

/** A whole calendar year reads as the year; one day as that day; anything else as its two ends. */
function periodPhrase(from: string, to: string, texts: SentenceTexts, locale: string): string {
  const year = from.slice(0, 4);
  if (from === `${year}-01-01` && to === `${year}-12-31`) return texts.wholeYear(year);
  if (from === to) return texts.onDay(writtenCalendarDate(from, locale));
  return texts.between(writtenCalendarDate(from, locale), writtenCalendarDate(to, locale));
}

function writtenCalendarDate(isoDate: string, locale: string): WrittenDate {
  const match = CALENDAR_DATE.exec(isoDate);
  if (!match) throw new Error(`A snapshot period date must be YYYY-MM-DD, got "${isoDate}".`);
  const [, year, month, day] = match.map(Number);
  // Calendar dates carry no zone: written in UTC so that no offset moves them a day.
  const text = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
  return { text, day };
}

/** The day an instant falls on in the reporting time zone, as the snapshot counted days. */
function writtenInstantDay(iso: string, timeZone: string, locale: string): WrittenDate {
  const time = Date.parse(iso);
  if (Number.isNaN(time))
    throw new Error(`A snapshot cut-off must be an ISO instant, got "${iso}".`);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', timeZone };
  const text = new Intl.DateTimeFormat(locale, {
    ...options,
    month: 'long',
    year: 'numeric',
  }).format(time);
  const day = Number(new Intl.DateTimeFormat('en-GB', options).format(time));
  return { text, day };
}

function writtenCount(n: number, locale: string): WrittenCount {
  return {
    n: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n),
    one: n === 1,
    zero: n === 0,
  };
}

/** Exact percentages (40 is 40 %) with one decimal, as figures are rounded for presentation. */
function formatPercentage(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value / 100);
}

/**
 * Women and men among the users, from the published sex breakdown. Left out
 * when the total is under k: "fewer than 5 were women" says nothing of 3 people.
 */
function sexClause(view: PublicationView, texts: SentenceTexts, locale: string): string {
  const sex = view.breakdowns.users?.['sex'];
  if (sex === undefined || view.totals.users < view.k) return '';
  return texts.sexClause(cellAmount(sex['woman'], locale), cellAmount(sex['man'], locale));
}

/** What a sentence may say of a published cell; null for `c` (or anything unforeseen): say nothing. */
export function cellAmount(cell: PublishedCell | undefined, locale: string): CellAmount | null {
  if (typeof cell === 'number') {
    return cell === 0
      ? { kind: 'none' }
      : { kind: 'about', n: new Intl.NumberFormat(locale).format(cell) };
  }
  const primary = PRIMARY_MARK.exec(cell ?? '');
  return primary ? { kind: 'fewer-than', k: primary[1] ?? '' } : null;
}
