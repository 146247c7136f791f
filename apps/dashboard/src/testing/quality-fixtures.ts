import { type UncataloguedActivity } from '../app/core/api/courses.model';
import { type QualityReport } from '../app/core/api/quality.model';

export function anUncataloguedActivity(
  overrides: Partial<UncataloguedActivity> = {},
): UncataloguedActivity {
  return {
    activityId: 'https://lms.example.org/courses/cloud-basics',
    name: { ca: 'Fonaments del núvol', 'en-US': 'Cloud basics' },
    type: 'http://adlnet.gov/expapi/activities/course',
    statements: 1200,
    ...overrides,
  };
}

/** A report with something in every part: two months, two reasons, gaps in the registry. */
export function aQualityReport(overrides: Partial<QualityReport> = {}): QualityReport {
  return {
    statements: {
      received: 48_210,
      byMonth: [
        { month: '2024-04', received: 30_000 },
        { month: '2024-05', received: 0 },
        { month: '2024-06', received: 18_210 },
      ],
      voided: 12,
      groupActorsSkipped: 3,
    },
    rejections: {
      total: 5,
      byReason: [
        {
          code: 'xapi.invalid_statement',
          rejections: 4,
          lastRejectedAt: '2024-06-14T09:05:00.000Z',
        },
        { code: 'lrs.something_new', rejections: 1, lastRejectedAt: '2024-06-01T08:00:00.000Z' },
      ],
      latest: [
        {
          rejectedAt: '2024-06-14T09:05:00.000Z',
          code: 'xapi.invalid_statement',
          message: '$[1].actor.mbox: mbox.mailto',
          credentialKey: 'moodle-prod',
        },
      ],
    },
    persons: {
      registered: 1_500,
      registeredWithoutAny: 20,
      missing: { sex: 40, birthYear: 35, iscedLevel: 300, employmentStatus: 250, municipality: 0 },
      unregisteredActors: 75,
    },
    uncatalogued: {
      activities: [
        anUncataloguedActivity(),
        anUncataloguedActivity({
          activityId: 'https://lms.example.org/courses/x',
          name: null,
          type: null,
          statements: 3,
        }),
      ],
      limit: 100,
    },
    ...overrides,
  };
}

/** A report of a fresh installation: nothing received, refused or missing. */
export function anEmptyQualityReport(): QualityReport {
  return {
    statements: { received: 0, byMonth: [], voided: 0, groupActorsSkipped: 0 },
    rejections: { total: 0, byReason: [], latest: [] },
    persons: {
      registered: 0,
      registeredWithoutAny: 0,
      missing: { sex: 0, birthYear: 0, iscedLevel: 0, employmentStatus: 0, municipality: 0 },
      unregisteredActors: 0,
    },
    uncatalogued: { activities: [], limit: 100 },
  };
}
