import { Injectable } from '@nestjs/common';
import {
  COURSE_CATALOGUE_COLUMNS,
  readCourseRow,
  type CourseCatalogueColumn,
  type CourseRow,
} from '@fita/metrics';
import type { Readable } from 'node:stream';
import { openImportFile } from '../imports/tabular-records.js';
import { CoursesRepository, type CatalogueChanges } from './courses.repository.js';

export interface CatalogueImportResult extends CatalogueChanges {
  applied: number;
}

/**
 * Imports a course catalogue file (spec section 9), all or nothing, with
 * every row error. Catalogues hold thousands of courses, not millions, so the
 * rows are checked in memory and applied in one statement.
 */
@Injectable()
export class CoursesImportService {
  constructor(private readonly courses: CoursesRepository) {}

  async import(source: Readable): Promise<CatalogueImportResult> {
    const { records, errors } = await openImportFile<CourseCatalogueColumn>(
      source,
      COURSE_CATALOGUE_COLUMNS,
      'course catalogue',
    );
    const rows = new Map<string, CourseRow>();
    for await (const { row, record } of records) {
      const result = readCourseRow(record, row);
      if (!result.ok) {
        errors.add(result.errors);
        continue;
      }
      const earlier = rows.get(result.value.activityId);
      if (earlier) {
        errors.add([
          {
            row,
            column: 'activity_id',
            message: `is already the course of row ${earlier.row}: a course appears once`,
          },
        ]);
        continue;
      }
      rows.set(result.value.activityId, result.value);
    }
    if (errors.count > 0) throw errors.toError('course catalogue');
    return { applied: rows.size, ...(await this.courses.upsert([...rows.values()])) };
  }
}
