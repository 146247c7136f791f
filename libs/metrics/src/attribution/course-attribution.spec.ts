import { describe, expect, it } from '@jest/globals';
import { DEFINITIONS_V1 } from '../definitions.js';
import { attributeCourse } from './course-attribution.js';
import { verbRole } from './verb-role.js';

const CATALOGUE = new Set([
  'https://lms/courses/ai',
  'https://lms/programmes/p',
  'https://lms/courses/cv',
]);
const isCatalogued = (id: string) => CATALOGUE.has(id);

describe('course attribution (spec section 3)', () => {
  it('takes the object when it is a catalogue course', () => {
    expect(
      attributeCourse(
        {
          object: { id: 'https://lms/courses/ai' },
          context: { contextActivities: { parent: [{ id: 'https://lms/courses/cv' }] } },
        },
        isCatalogued,
      ),
    ).toEqual({ kind: 'catalogued', courseId: 'https://lms/courses/ai' });
  });

  it('else the first catalogue course among the parents, then the groupings', () => {
    const statement = {
      object: { objectType: 'Activity', id: 'https://lms/courses/ai/module-3' },
      context: {
        contextActivities: {
          parent: [{ id: 'https://lms/unknown' }, { id: 'https://lms/courses/cv' }],
          grouping: [{ id: 'https://lms/courses/ai' }],
        },
      },
    };
    expect(attributeCourse(statement, isCatalogued)).toEqual({
      kind: 'catalogued',
      courseId: 'https://lms/courses/cv',
    });
    const groupingOnly = {
      ...statement,
      context: { contextActivities: { grouping: [{ id: 'https://lms/programmes/p' }] } },
    };
    expect(attributeCourse(groupingOnly, isCatalogued)).toEqual({
      kind: 'catalogued',
      courseId: 'https://lms/programmes/p',
    });
  });

  it('else the object as an uncatalogued course', () => {
    expect(attributeCourse({ object: { id: 'https://lms/webinars/9' } }, isCatalogued)).toEqual({
      kind: 'uncatalogued',
      courseId: 'https://lms/webinars/9',
    });
  });

  it('else no course, when the object is not an Activity', () => {
    expect(
      attributeCourse({ object: { objectType: 'StatementRef', id: '2f1c…' } }, isCatalogued),
    ).toBeNull();
    expect(
      attributeCourse(
        {
          object: { objectType: 'Agent' },
          context: { contextActivities: { parent: [{ id: 'https://lms/courses/ai' }] } },
        },
        isCatalogued,
      ),
    ).toEqual({ kind: 'catalogued', courseId: 'https://lms/courses/ai' });
  });
});

describe('verb roles (spec section 4)', () => {
  it.each([
    ['http://adlnet.gov/expapi/verbs/registered', 'enrolment'],
    ['http://adlnet.gov/expapi/verbs/completed', 'completion'],
    ['http://adlnet.gov/expapi/verbs/passed', 'completion'],
    ['http://adlnet.gov/expapi/verbs/attended', 'completion'],
    ['http://adlnet.gov/expapi/verbs/launched', null],
    ['http://adlnet.gov/expapi/verbs/failed', null],
  ] as const)('%s is %s', (verb, role) => {
    expect(verbRole(verb, DEFINITIONS_V1)).toBe(role);
  });

  it('follows the definitions version, not code', () => {
    const custom = {
      ...DEFINITIONS_V1,
      verbs: { enrolment: ['https://w3id.org/xapi/dod-isd/verbs/enrolled'], completion: [] },
    };
    expect(verbRole('https://w3id.org/xapi/dod-isd/verbs/enrolled', custom)).toBe('enrolment');
    expect(verbRole('http://adlnet.gov/expapi/verbs/completed', custom)).toBeNull();
  });
});
