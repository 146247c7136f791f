/**
 * value / goal x 100, exact (rounding is for presentation), for a funding
 * indicator's value against its target or milestone (spec section 6). Null
 * when there is no value, no goal, or a goal of 0, which no value can be a
 * share of. It may pass 100: a target can be exceeded.
 */
export function percentAchieved(value: number | null, goal: number | null): number | null {
  if (value === null || goal === null) return null;
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`A value must be a finite number of 0 or more, got ${value}.`);
  if (!Number.isFinite(goal) || goal < 0)
    throw new RangeError(
      `A target or milestone must be a finite number of 0 or more, got ${goal}.`,
    );
  if (goal === 0) return null;
  // Multiplying first keeps whole percentages exact: (7 / 10) * 100 is 70.00000000000001.
  return (value * 100) / goal;
}
