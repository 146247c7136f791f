import {
  BREAKDOWNS_BY_INDICATOR,
  type BreakdownKey,
  type BrokenDownIndicator,
} from '@fita/metrics';
import { badRequest } from '../../common/app-error.js';
import type { IndicatorsView } from '../indicators/indicators.view.js';

/** The figures made of persons or person-course pairs, which evidence can list. */
export const COUNTED_FIGURES = ['users', 'enrolments', 'completions', 'completers'] as const;
export type CountedFigure = (typeof COUNTED_FIGURES)[number];

/** A counted value of a snapshot: a whole figure, or one cell of one of its breakdowns. */
export interface EvidenceValue {
  path: string;
  figure: CountedFigure;
  cell: { breakdown: BreakdownKey; name: string } | null;
  /** What the snapshot says it is. */
  frozen: number;
}

const BREAKDOWN_PREFIX = 'breakdowns.';

/**
 * Reads `users`, `completers`, or `breakdowns.<figure>.<breakdown>.<cell>`
 * (the cell may itself hold dots, as a residence can) against the snapshot,
 * so that only a value it actually has is accepted. Ratios and growth are not
 * counted values: they have no persons of their own.
 */
export function evidenceValueOf(path: string, view: IndicatorsView): EvidenceValue {
  const figure = COUNTED_FIGURES.find((name) => name === path);
  if (figure !== undefined) return { path, figure, cell: null, frozen: view[figure] };
  if (!path.startsWith(BREAKDOWN_PREFIX)) {
    throw invalid(
      `"${path}" is not a counted value; use ${COUNTED_FIGURES.join(', ')} or a breakdown cell such as breakdowns.users.sex.woman.`,
    );
  }
  const [figureName, breakdownName, ...rest] = path.slice(BREAKDOWN_PREFIX.length).split('.');
  const broken = (Object.keys(BREAKDOWNS_BY_INDICATOR) as BrokenDownIndicator[]).find(
    (name) => name === figureName,
  );
  if (broken === undefined) {
    throw invalid(
      `"${figureName}" has no breakdowns; only ${Object.keys(BREAKDOWNS_BY_INDICATOR).join(', ')} do.`,
    );
  }
  const breakdown = BREAKDOWNS_BY_INDICATOR[broken].find((name) => name === breakdownName);
  if (breakdown === undefined) {
    throw invalid(
      `${broken} has no breakdown "${breakdownName}"; it has ${BREAKDOWNS_BY_INDICATOR[broken].join(', ')}.`,
    );
  }
  const breakdowns: Partial<Record<BreakdownKey, Record<string, number>>> = view.breakdowns[broken];
  const cells = breakdowns[breakdown];
  const name = rest.join('.');
  // An own cell only: `constructor` or `__proto__` must not read the prototype.
  if (cells === undefined || !Object.hasOwn(cells, name)) {
    throw invalid(
      `The snapshot's ${broken} by ${breakdown} has no cell "${name}"; it has ${Object.keys(cells ?? {}).join(', ')}.`,
    );
  }
  return { path, figure: broken, cell: { breakdown, name }, frozen: cells[name] };
}

function invalid(message: string) {
  return badRequest('snapshots.invalid_value', message, [{ field: 'value', message }]);
}
