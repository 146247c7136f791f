import {
  CellTally,
  EDUCATION_CELLS,
  EMPLOYMENT_CELLS,
  SEX_CELLS,
  ageBandCells,
  demographicCellsOf,
  residenceCells,
  type AgeBanding,
} from '@fita/metrics';
import type { DemographicGroup } from './indicators.repository.js';

export interface UserBreakdowns {
  sex: Record<string, number>;
  ageBand: Record<string, number>;
  education: Record<string, number>;
  employment: Record<string, number>;
  residence: Record<string, number>;
}

/**
 * The demographic breakdowns of `users` (spec section 5) from groups of users
 * with the same demographics; every breakdown adds up to `users`, or this
 * throws rather than publish a breakdown that disagrees with its total.
 */
export function userBreakdowns(
  groups: readonly DemographicGroup[],
  users: number,
  banding: AgeBanding,
): UserBreakdowns {
  const cellsOf = groups.map((group) => ({
    users: group.users,
    cells: demographicCellsOf(group, group.firstYear, banding),
  }));
  const tally = (name: keyof UserBreakdowns, cells: readonly string[]) => {
    const counts = new CellTally(cells, `users by ${name}`);
    for (const group of cellsOf) counts.add(group.cells[name], group.users);
    return counts.result(users);
  };
  return {
    sex: tally('sex', SEX_CELLS),
    ageBand: tally('ageBand', ageBandCells(banding)),
    education: tally('education', EDUCATION_CELLS),
    employment: tally('employment', EMPLOYMENT_CELLS),
    residence: tally('residence', residenceCells(cellsOf.map((group) => group.cells.residence))),
  };
}
