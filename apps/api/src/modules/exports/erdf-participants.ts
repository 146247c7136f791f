import { SEX_CELLS, demographicCellsOf, type AgeBanding, type SexCell } from '@fita/metrics';
import type { IndicatorsView } from '../indicators/indicators.view.js';
import type { UserRow } from '../snapshots/evidence.repository.js';

/** The participant characteristics ESF and ERDF reports break down by sex. */
export const PARTICIPANT_DIMENSIONS = ['ageBand', 'employment', 'education'] as const;
export type ParticipantDimension = (typeof PARTICIPANT_DIMENSIONS)[number];

export type SexSplit = Record<SexCell, number>;

export interface ParticipantRow {
  /** `all`: every participant, the row whose split is the snapshot's breakdown by sex. */
  dimension: ParticipantDimension | 'all';
  cell: string;
  /** As the snapshot froze it: the cell of its breakdown of users (0 for a cell it lacks). */
  frozen: number;
  /** Computed again at the cut-off: the cell's participants by sex. */
  bySex: SexSplit;
  /** The split adds up to the frozen value (and, for `all`, is the frozen breakdown by sex). */
  matches: boolean;
}

/**
 * Users (the snapshot's participants) by sex within each age band,
 * employment status and ISCED group. A snapshot freezes each breakdown on
 * its own, not crossed with sex, so the split is counted again from the
 * persons the evidence finds at the cut-off (streamed: never all held), cell
 * by cell as the breakdowns decide them, and set beside the frozen values.
 */
export async function participantsBySex(
  users: AsyncIterable<readonly UserRow[]>,
  banding: AgeBanding,
  frozen: IndicatorsView,
): Promise<ParticipantRow[]> {
  const tallies = new Map<string, SexSplit>();
  const add = (dimension: string, cell: string, sex: SexCell) => {
    const key = `${dimension}\u0000${cell}`;
    const split = tallies.get(key) ?? emptySplit();
    split[sex] += 1;
    tallies.set(key, split);
  };
  for await (const batch of users) {
    for (const user of batch) {
      const cells = demographicCellsOf(user, user.eventYear, banding);
      add('all', 'all', cells.sex);
      for (const dimension of PARTICIPANT_DIMENSIONS) add(dimension, cells[dimension], cells.sex);
    }
  }
  const splitOf = (dimension: string, cell: string) =>
    tallies.get(`${dimension}\u0000${cell}`) ?? emptySplit();

  const frozenSex = frozen.breakdowns.users.sex;
  const all = splitOf('all', 'all');
  const rows: ParticipantRow[] = [
    {
      dimension: 'all',
      cell: 'all',
      frozen: frozen.users,
      bySex: all,
      matches:
        sum(all) === frozen.users && SEX_CELLS.every((sex) => all[sex] === (frozenSex[sex] ?? 0)),
    },
  ];
  for (const dimension of PARTICIPANT_DIMENSIONS) {
    const frozenCells = frozen.breakdowns.users[dimension];
    // The frozen cells in the snapshot's order, then any the registry has gained since.
    const found = [...tallies.keys()]
      .filter((key) => key.startsWith(`${dimension}\u0000`))
      .map((key) => key.slice(dimension.length + 1));
    const cells = [...new Set([...Object.keys(frozenCells), ...found])];
    for (const cell of cells) {
      const bySex = splitOf(dimension, cell);
      const value = frozenCells[cell] ?? 0;
      rows.push({ dimension, cell, frozen: value, bySex, matches: sum(bySex) === value });
    }
  }
  return rows;
}

function emptySplit(): SexSplit {
  return { woman: 0, man: 0, non_binary: 0, unknown: 0 };
}

function sum(split: SexSplit): number {
  return SEX_CELLS.reduce((total, sex) => total + split[sex], 0);
}
