import { describe, expect, it } from '@jest/globals';
import {
  COURSE_CATALOGUE_COLUMNS,
  readCourseRow,
  type CourseCatalogueColumn,
} from './course-catalogue.js';

const course = (values: Partial<Record<CourseCatalogueColumn, string>>) => ({
  ...(Object.fromEntries(COURSE_CATALOGUE_COLUMNS.map((c) => [c, ''])) as Record<
    CourseCatalogueColumn,
    string
  >),
  activity_id: 'https://lms.example.org/courses/1',
  title: 'Digital skills',
  format: 'mooc',
  mode: 'async',
  ...values,
});

describe('course catalogue rows (spec section 9)', () => {
  it('reads a course with its programme and tags', () => {
    expect(
      readCourseRow(
        course({ programme: ' cibernarium ', tags: 'equality; digital-skills;equality' }),
        2,
      ),
    ).toEqual({
      ok: true,
      value: {
        row: 2,
        activityId: 'https://lms.example.org/courses/1',
        title: 'Digital skills',
        format: 'mooc',
        mode: 'async',
        programme: 'cibernarium',
        tags: ['equality', 'digital-skills'],
      },
    });
  });

  it('names every bad field of a row', () => {
    const result = readCourseRow(
      course({ activity_id: 'course 1', title: '', format: 'webinar', mode: '', tags: 'Equality' }),
      5,
    );
    expect(!result.ok && result.errors).toEqual([
      { row: 5, column: 'activity_id', message: expect.stringContaining('is not an IRI') },
      { row: 5, column: 'title', message: 'is required' },
      {
        row: 5,
        column: 'format',
        message: expect.stringContaining('"webinar" is not one of mooc'),
      },
      { row: 5, column: 'mode', message: 'is required: one of async, sync' },
      { row: 5, column: 'tags', message: expect.stringContaining('"Equality" is not a tag') },
    ]);
  });
});
