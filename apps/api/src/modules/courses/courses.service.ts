import { Injectable } from '@nestjs/common';
import { readCourseRow, type CourseCatalogueColumn, type RowError } from '@fita/metrics';
import { badRequest, conflict } from '../../common/app-error.js';
import { parseInput } from '../../common/parse-input.js';
import { newCourseSchema } from './dto/new-course.dto.js';
import { CoursesRepository, type CourseView } from './courses.repository.js';

/** The JSON field of each catalogue column. */
const FIELD_OF: Record<CourseCatalogueColumn, string> = {
  activity_id: 'activityId',
  title: 'title',
  format: 'format',
  mode: 'mode',
  programme: 'programme',
  tags: 'tags',
};

/** One catalogue entry at a time, for classifying an activity from the data quality view. */
@Injectable()
export class CoursesService {
  constructor(private readonly courses: CoursesRepository) {}

  /**
   * Adds a course under the import's rules. Adding writes the courses table
   * as an import does, so the same triggers and catalogue version tell the
   * answer caches and the next fact refresh that the catalogue changed.
   */
  async add(body: unknown): Promise<CourseView> {
    const input = parseInput(newCourseSchema, body, 'course');
    const checked = readCourseRow(
      {
        activity_id: input.activityId,
        title: input.title,
        format: input.format,
        mode: input.mode,
        programme: input.programme ?? '',
        tags: (input.tags ?? []).join(';'),
      },
      1,
    );
    if (!checked.ok) throw invalidCourse(checked.errors);
    const added = await this.courses.insertNew(checked.value);
    if (!added) {
      throw conflict(
        'courses.already_catalogued',
        `${checked.value.activityId} is already in the catalogue; change it with a catalogue import.`,
        [{ field: 'activityId', message: 'is already in the catalogue' }],
      );
    }
    return added;
  }
}

function invalidCourse(errors: readonly RowError[]) {
  const problems = errors.map((error) => ({
    field: FIELD_OF[error.column as CourseCatalogueColumn],
    message: error.message,
  }));
  return badRequest(
    'courses.invalid_course',
    `Invalid course: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    problems,
  );
}
