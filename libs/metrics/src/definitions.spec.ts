import { DEFINITIONS_V1 } from './definitions.js';

describe('DEFINITIONS_V1', () => {
  test('holds the values of spec section 4', () => {
    expect(DEFINITIONS_V1).toEqual({
      version: '1',
      timeZone: 'Europe/Madrid',
      verbs: {
        enrolment: ['http://adlnet.gov/expapi/verbs/registered'],
        completion: [
          'http://adlnet.gov/expapi/verbs/completed',
          'http://adlnet.gov/expapi/verbs/passed',
          'http://adlnet.gov/expapi/verbs/attended',
        ],
      },
      voidingVerb: 'http://adlnet.gov/expapi/verbs/voided',
    });
  });

  test('cannot be changed at run time', () => {
    expect(Object.isFrozen(DEFINITIONS_V1.verbs.completion)).toBe(true);
  });
});
