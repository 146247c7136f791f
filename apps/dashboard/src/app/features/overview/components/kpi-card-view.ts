import { type MessageParams } from '../../../core/i18n/translator';
import { appLocale } from '../../../core/i18n/language';
import { describePeriod } from '../../../shared/filters/indicator-filters';
import { UNDEFINED_RATIO, formatGrowth, formatRate } from '../../../shared/format/figure-format';
import { formatCount } from '../../../shared/format/locale-format';
import { type Kpi, type KpiFigures, type KpiKey, kpisOf, womenShareBase } from '../data/kpis';

/** `Translator.t`, passed in so that these stay plain functions. */
export type Translate = (key: string, params?: MessageParams) => string;

/** A key figure as its card shows it: every text ready, in the interface language. */
export interface KpiCardView {
  readonly key: KpiKey;
  readonly title: string;
  readonly value: string;
  readonly change: {
    /** Decorative: the direction is also in `direction` and in the sign of the text. */
    readonly arrow: string;
    /** Up, down or no change, for screen readers; null when there is no change to tell. */
    readonly direction: string | null;
    readonly text: string;
  };
  /** What the figure counts, in a short line. */
  readonly counts: string;
}

// Spec section 5: ratios are rounded to 2 decimals for presentation only.
const perPersonFormat = new Intl.NumberFormat(appLocale(), {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function kpiCardViews(figures: KpiFigures, t: Translate): KpiCardView[] {
  const previous = describePeriod(figures.current.previousPeriod);
  return kpisOf(figures).map((kpi) => ({
    key: kpi.key,
    title: kpiTitle(kpi.key, t),
    value: kpiValue(kpi),
    change: kpiChange(kpi.growth, previous, t),
    counts: kpiCounts(kpi.key, figures, t),
  }));
}

function kpiValue({ value, format }: Kpi): string {
  if (value === null) return UNDEFINED_RATIO;
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'percentage':
      return formatRate(value);
    case 'perPerson':
      return perPersonFormat.format(value);
  }
}

function kpiChange(growth: number | null, previous: string, t: Translate): KpiCardView['change'] {
  if (growth === null) {
    return { arrow: '', direction: null, text: t('overview.change.unavailable', { previous }) };
  }
  const text = t('overview.change.versus', { change: formatGrowth(growth), previous });
  if (growth > 0) return { arrow: '▲', direction: t('overview.change.up'), text };
  if (growth < 0) return { arrow: '▼', direction: t('overview.change.down'), text };
  return { arrow: '▶', direction: t('overview.change.flat'), text };
}

function kpiTitle(key: KpiKey, t: Translate): string {
  switch (key) {
    case 'users':
      return t('overview.kpi.users');
    case 'enrolments':
      return t('overview.kpi.enrolments');
    case 'completions':
      return t('overview.kpi.completions');
    case 'completionRate':
      return t('overview.kpi.completionRate');
    case 'coursesPerPerson':
      return t('overview.kpi.coursesPerPerson');
    case 'womenShare':
      return t('overview.kpi.womenShare');
  }
}

function kpiCounts(key: KpiKey, figures: KpiFigures, t: Translate): string {
  switch (key) {
    case 'users':
      return t('overview.kpi.users.counts');
    case 'enrolments':
      return t('overview.kpi.enrolments.counts');
    case 'completions':
      return t('overview.kpi.completions.counts');
    case 'completionRate':
      return t('overview.kpi.completionRate.counts');
    case 'coursesPerPerson':
      return t('overview.kpi.coursesPerPerson.counts');
    case 'womenShare': {
      const base = womenShareBase(figures.current);
      return t('overview.kpi.womenShare.counts', {
        users: formatCount(base.users),
        unknown: formatCount(base.unknown),
      });
    }
  }
}
