import { appLocale } from '../../core/i18n/language';
import { textOf } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../shared.messages';

// Spec section 5: ratios are exact in the API and rounded only here, to 1
// decimal as percentages, in the interface language's locale.
const percentFormat = new Intl.NumberFormat(appLocale(), {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const signedPercentFormat = new Intl.NumberFormat(appLocale(), {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** Shown for a ratio whose denominator is 0 (the API's null). */
export const UNDEFINED_RATIO = textOf(SHARED_MESSAGES, 'figure.notApplicable');

/** A ratio of the API shown as a percentage: 0.4897 is 49.0 %. */
export function formatRate(ratio: number | null): string {
  return ratio === null ? UNDEFINED_RATIO : percentFormat.format(ratio);
}

/** A growth ratio as a signed percentage: 0.852 is +85.2 %. */
export function formatGrowth(ratio: number | null): string {
  return ratio === null ? UNDEFINED_RATIO : signedPercentFormat.format(ratio);
}

/** part / whole, or null when the whole is 0. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
