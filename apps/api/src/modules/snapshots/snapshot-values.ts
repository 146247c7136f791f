import type { IndicatorsView } from '../indicators/indicators.view.js';

/** A figure, ratio, growth or breakdown cell, named by its path in the view. */
export type ValuePath = string;

/** Parts of the view that describe the question or its provenance, not values. */
const NOT_VALUES = new Set(['period', 'previousPeriod', 'filters', 'ageScheme', 'provenance']);

/**
 * Every value of a view by path: `users`, `completionRate`, `growth.users`,
 * `breakdowns.users.sex.woman`... Walked rather than listed, so a value the
 * engine adds later is frozen, compared and verified without a change here.
 */
export function valuesOf(view: IndicatorsView): Map<ValuePath, number | null> {
  const values = new Map<ValuePath, number | null>();
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node === 'number') {
      values.set(path.join('.'), node);
    } else if (typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  for (const [key, node] of Object.entries(view)) {
    if (!NOT_VALUES.has(key)) walk(node, [key]);
  }
  return values;
}

export interface ValueComparison {
  value: ValuePath;
  /** Absent from one side (a residence cell only one of them has) is null. */
  a: number | null;
  b: number | null;
  /** b − a; null when either side is null. */
  difference: number | null;
  equal: boolean;
}

/** Every value of either view, side by side, in the order of `a` then what only `b` has. */
export function compareValues(a: IndicatorsView, b: IndicatorsView): ValueComparison[] {
  const left = valuesOf(a);
  const right = valuesOf(b);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths.map((value) => {
    const x = left.get(value) ?? null;
    const y = right.get(value) ?? null;
    return {
      value,
      a: x,
      b: y,
      difference: x === null || y === null ? null : y - x,
      equal: left.has(value) === right.has(value) && x === y,
    };
  });
}
