import { Injectable } from '@nestjs/common';
import {
  LEARNER_REGISTRY_COLUMNS,
  readLearnerRow,
  type Demographics,
  type LearnerRegistryColumn,
} from '@fita/metrics';
import type { Readable } from 'node:stream';
import { InjectClock, type Clock } from '../../common/clock.js';
import { openImportFile } from '../imports/tabular-records.js';
import { LearnersRepository, type RegistryChanges } from './learners.repository.js';

export interface RegistryImportResult extends RegistryChanges {
  /** Data rows applied (spec section 10). */
  applied: number;
}

const PROGRESS_EVERY = 10_000;

const COLUMN_OF: Record<keyof Demographics, LearnerRegistryColumn> = {
  sex: 'sex',
  birthYear: 'birth_year',
  iscedLevel: 'isced_level',
  employmentStatus: 'employment_status',
  municipality: 'municipality',
  district: 'district',
};

/**
 * Imports a learner registry file (spec section 9): all of it or nothing,
 * with every error of every row, streaming so memory stays flat whatever the
 * file's size.
 */
@Injectable()
export class LearnersImportService {
  constructor(
    private readonly learners: LearnersRepository,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async import(
    source: Readable,
    onProgress: (rowsRead: number) => void = () => undefined,
  ): Promise<RegistryImportResult> {
    const { records, errors } = await openImportFile<LearnerRegistryColumn>(
      source,
      LEARNER_REGISTRY_COLUMNS,
      'learner registry',
    );
    const currentYear = this.clock.now().getUTCFullYear();

    return this.learners.withImport(async (registry) => {
      let applied = 0;
      for await (const { row, record } of records) {
        const result = readLearnerRow(record, row, currentYear);
        // Valid rows are staged even when others are not, so that the checks
        // across rows below report their errors too: every error, in one go.
        if (result.ok) await registry.stage(result.value);
        else errors.add(result.errors);
        applied += 1;
        if (applied % PROGRESS_EVERY === 0) onProgress(applied);
      }
      await registry.staged();
      onProgress(applied);

      for (const repeated of await registry.repeatedIdentifiers()) {
        errors.add([
          {
            row: repeated.row,
            column: repeated.kind === 'email' ? 'email' : 'account_name',
            message: `is the same identifier as row ${repeated.firstRow}: an identifier belongs to one row`,
          },
        ]);
      }
      for (const disagreeing of await registry.disagreeingRows()) {
        for (const key of Object.keys(COLUMN_OF) as (keyof Demographics)[]) {
          if (disagreeing.mine[key] === disagreeing.first[key]) continue;
          errors.add([
            {
              row: disagreeing.row,
              column: COLUMN_OF[key],
              message: `differs from row ${disagreeing.firstRow} of person ${disagreeing.personId} (${shown(disagreeing.mine[key])} here, ${shown(disagreeing.first[key])} there): a person's rows must agree`,
            },
          ]);
        }
      }
      if (errors.count > 0) throw errors.toError('learner registry');
      return { applied, ...(await registry.apply()) };
    });
  }
}

function shown(value: string | number | null): string {
  return value === null ? 'empty' : `"${value}"`;
}
