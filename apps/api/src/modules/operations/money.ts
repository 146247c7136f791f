/**
 * Money of an operation (spec section 6). Amounts travel as decimal strings
 * with two decimals ("1573550.00"), exactly as Postgres `numeric(14,2)` gives
 * them, and all arithmetic is done on integer cents: a float would turn
 * 48.97 % of 1,439,741 into a figure an auditor cannot reproduce.
 */

export const MONEY_KINDS = [
  'total_cost',
  'eligible_cost',
  'declared_expenditure',
  'certified_expenditure',
  'cofinancing_rate',
  'eu_support_committed',
  'eu_support_paid',
] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];

/** EUR 1 in cents: the tolerance of the co-financing check (spec section 6). */
const CHECK_TOLERANCE_CENTS = 100n;

const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Cents of a non-negative decimal string with at most two decimals. */
export function toCents(decimal: string): bigint {
  const match = DECIMAL.exec(decimal);
  if (!match) throw new RangeError(`Not a decimal with at most 2 decimals: ${decimal}`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** "1573550.00" from 157355000n; negative amounts keep their sign. */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

/** A dated figure as the money logic needs it; `id` orders figures recorded for the same date. */
export interface DatedFigure {
  id: string;
  kind: MoneyKind;
  amount: string;
  asOf: string;
}

/**
 * The current value of each kind: the latest-dated figure; of two figures with
 * the same date, the one recorded last (a correction). Kinds never recorded are null.
 */
export function currentFigures<F extends DatedFigure>(
  figures: readonly F[],
): Record<MoneyKind, F | null> {
  const current = Object.fromEntries(MONEY_KINDS.map((kind) => [kind, null])) as Record<
    MoneyKind,
    F | null
  >;
  for (const figure of figures) {
    const held = current[figure.kind];
    if (!held || supersedes(figure, held)) current[figure.kind] = figure;
  }
  return current;
}

function supersedes(candidate: DatedFigure, held: DatedFigure): boolean {
  if (candidate.asOf !== held.asOf) return candidate.asOf > held.asOf;
  return BigInt(candidate.id) > BigInt(held.id);
}

export interface SupportComparison {
  recorded: string;
  /** recorded − expected, signed. */
  difference: string;
  /** |difference| is over EUR 1. */
  flagged: boolean;
}

export interface CofinancingCheck {
  ratePercent: string;
  certifiedExpenditure: string;
  /** rate × certified expenditure, rounded half up to the cent. */
  expectedEuSupport: string;
  tolerance: string;
  committed: SupportComparison | null;
  paid: SupportComparison | null;
}

/**
 * `rate × certified` next to the recorded EU support, committed and paid, each
 * flagged when it differs by more than EUR 1 (spec section 6). Null until both
 * a rate and certified expenditure are recorded. The rate is a percentage.
 */
export function cofinancingCheck(
  current: Record<MoneyKind, DatedFigure | null>,
): CofinancingCheck | null {
  const rate = current.cofinancing_rate;
  const certified = current.certified_expenditure;
  if (!rate || !certified) return null;
  // Percent with 2 decimals × cents = cents × 10^4, exactly.
  const expectedScaled = toCents(rate.amount) * toCents(certified.amount);
  const expectedCents = (expectedScaled + 5_000n) / 10_000n;
  const compare = (figure: DatedFigure | null): SupportComparison | null => {
    if (!figure) return null;
    const recordedScaled = toCents(figure.amount) * 10_000n;
    const gap = recordedScaled - expectedScaled;
    return {
      recorded: figure.amount,
      difference: formatCents(toCents(figure.amount) - expectedCents),
      flagged: (gap < 0n ? -gap : gap) > CHECK_TOLERANCE_CENTS * 10_000n,
    };
  };
  return {
    ratePercent: rate.amount,
    certifiedExpenditure: certified.amount,
    expectedEuSupport: formatCents(expectedCents),
    tolerance: formatCents(CHECK_TOLERANCE_CENTS),
    committed: compare(current.eu_support_committed),
    paid: compare(current.eu_support_paid),
  };
}

/**
 * amount / count in EUR, rounded half up to the cent (as the co-financing
 * check rounds): integer cents divided exactly, so 1,573,550 / 3 is always
 * 524516.67. Null when the count is 0, since no cost per nobody exists.
 */
export function costPer(amount: string, count: number): string | null {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`A count must be a whole number of 0 or more, got ${count}.`);
  if (count === 0) return null;
  const units = BigInt(count);
  // Half up for non-negative amounts: floor((2 × cents + count) / (2 × count)).
  return formatCents((2n * toCents(amount) + units) / (2n * units));
}
