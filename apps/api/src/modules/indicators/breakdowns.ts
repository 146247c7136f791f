import {
  CellTally,
  EDUCATION_CELLS,
  EMPLOYMENT_CELLS,
  FORMAT_CELLS,
  SEX_CELLS,
  ageBandCells,
  demographicCellsOf,
  formatCellOf,
  residenceCells,
  type AgeBanding,
  type CourseFormat,
  type Demographics,
} from '@fita/metrics';

export interface DemographicBreakdowns {
  sex: Record<string, number>;
  ageBand: Record<string, number>;
  education: Record<string, number>;
  employment: Record<string, number>;
  residence: Record<string, number>;
}

export interface FlowBreakdowns extends DemographicBreakdowns {
  format: Record<string, number>;
}

/** Counted things (persons, or person-course pairs) sharing demographics and the year their age is taken. */
export interface CountedGroup extends Demographics {
  /** The year of the event that decides the age (spec section 5). */
  eventYear: number;
  count: number;
}

/** A group of person-course pairs, with the format of their course. */
export interface FlowGroup extends CountedGroup {
  format: CourseFormat | 'uncatalogued';
}

/**
 * The demographic breakdowns of a figure (spec section 5) from groups of what
 * it counts; every breakdown adds up to `total`, or this throws rather than
 * publish a breakdown that disagrees with its figure.
 */
export function demographicBreakdowns(
  groups: readonly CountedGroup[],
  total: number,
  banding: AgeBanding,
  figure: string,
): DemographicBreakdowns {
  const cellsOf = groups.map((group) => ({
    count: group.count,
    cells: demographicCellsOf(group, group.eventYear, banding),
  }));
  const tally = (name: keyof DemographicBreakdowns, cells: readonly string[]) => {
    const counts = new CellTally(cells, `${figure} by ${name}`);
    for (const group of cellsOf) counts.add(group.cells[name], group.count);
    return counts.result(total);
  };
  return {
    sex: tally('sex', SEX_CELLS),
    ageBand: tally('ageBand', ageBandCells(banding)),
    education: tally('education', EDUCATION_CELLS),
    employment: tally('employment', EMPLOYMENT_CELLS),
    residence: tally('residence', residenceCells(cellsOf.map((group) => group.cells.residence))),
  };
}

/** Enrolments or completions: the demographic breakdowns plus the course format. */
export function flowBreakdowns(
  groups: readonly FlowGroup[],
  total: number,
  banding: AgeBanding,
  figure: string,
): FlowBreakdowns {
  const format = new CellTally<string>(FORMAT_CELLS, `${figure} by format`);
  for (const group of groups) format.add(formatCellOf(group.format), group.count);
  return {
    ...demographicBreakdowns(groups, total, banding, figure),
    format: format.result(total),
  };
}
