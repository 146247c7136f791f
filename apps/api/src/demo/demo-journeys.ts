import { lastDayOf, minuteAfter } from './demo-calendar.js';
import type { DemoEnrolment } from './demo-enrolments.js';
import type { DemoRandom } from './demo-random.js';
import {
  completionResult,
  courseStatement,
  platformOf,
  type StatementWriter,
} from './demo-xapi.js';

const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/**
 * What one enrolment leaves in the LRS, all between the enrolment and the
 * end of that year (or the completion, if earlier).
 */
export function journey(out: StatementWriter, random: DemoRandom, enrolment: DemoEnrolment): void {
  const { course, enrolled, completed } = enrolment;
  const platform = platformOf(course);
  out.add(enrolled, random.int(0, 59), courseStatement(enrolment, 'registered'));
  const lastDay = Math.min(completed?.day ?? enrolment.finish.day, lastDayOf(enrolment.year));

  if (platform === 'instant') {
    if (random.chance(0.3)) {
      const at = { day: enrolled.day, minute: minuteAfter(enrolled.minute, random.int(1, 8)) };
      out.add(at, random.int(0, 59), courseStatement(enrolment, 'launched'));
    }
  } else if (platform === 'campus') {
    if (random.chance(0.35)) {
      const day = Math.min(enrolled.day + random.int(0, 3), lastDay);
      const minute =
        day === enrolled.day
          ? minuteAfter(enrolled.minute, random.int(2, 30))
          : 9 * 60 + random.int(0, 600);
      out.add({ day, minute }, random.int(0, 59), courseStatement(enrolment, 'launched'));
      if (random.chance(0.2)) {
        out.add(
          { day, minute: minuteAfter(minute, 1) },
          random.int(0, 59),
          courseStatement(enrolment, 'initialized'),
        );
        out.add(
          { day, minute: minuteAfter(minute, random.int(15, 55)) },
          random.int(0, 59),
          courseStatement(enrolment, 'terminated'),
        );
      }
      if (course.catalogued && random.chance(0.25)) {
        for (let step = 1, steps = random.int(1, 2); step <= steps; step += 1) {
          const progressDay = Math.min(day + step * random.int(1, 9), lastDay);
          const module = {
            objectType: 'Activity',
            id: `${course.id}/moduls/${Math.min(step, course.modules)}`,
          };
          out.add(
            { day: progressDay, minute: 9 * 60 + random.int(0, 720) },
            random.int(0, 59),
            courseStatement(enrolment, 'progressed', {
              object: module,
              result: { extensions: { [PROGRESS]: Math.round((100 * step) / (steps + 1)) } },
            }),
          );
        }
      }
    }
  }

  if (!completed) return;
  if (platform === 'webinars') {
    // The live session: joined, left, attended (the completion).
    if (random.chance(0.25) && completed.minute >= 9 * 60) {
      out.add(
        { day: completed.day, minute: completed.minute - 90 },
        random.int(0, 59),
        courseStatement(enrolment, 'initialized'),
      );
      out.add(
        { day: completed.day, minute: completed.minute - 3 },
        random.int(0, 59),
        courseStatement(enrolment, 'terminated'),
      );
    }
    out.add(completed, random.int(0, 59), courseStatement(enrolment, 'attended'));
    return;
  }
  out.add(
    completed,
    random.int(0, 59),
    courseStatement(enrolment, 'completed', { result: completionResult(random) }),
  );
  if (platform === 'campus' && course.catalogued && random.chance(0.25)) {
    out.add(
      { day: completed.day, minute: minuteAfter(completed.minute, random.int(1, 5)) },
      random.int(0, 59),
      courseStatement(enrolment, 'passed', { result: completionResult(random) }),
    );
  }
}
