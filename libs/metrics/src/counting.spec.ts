import { isCountingStatement } from './counting.js';
import { DEFINITIONS_V1, type Definitions } from './definitions.js';

const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

describe('isCountingStatement', () => {
  test('an Agent statement without objectType counts', () => {
    expect(isCountingStatement({ verbId: COMPLETED }, DEFINITIONS_V1)).toBe(true);
  });

  test('an Agent statement with objectType "Agent" counts', () => {
    expect(
      isCountingStatement({ verbId: COMPLETED, actorObjectType: 'Agent' }, DEFINITIONS_V1),
    ).toBe(true);
  });

  test('a Group statement does not count', () => {
    expect(
      isCountingStatement({ verbId: COMPLETED, actorObjectType: 'Group' }, DEFINITIONS_V1),
    ).toBe(false);
  });

  test('a voiding statement does not count', () => {
    expect(isCountingStatement({ verbId: VOIDED }, DEFINITIONS_V1)).toBe(false);
  });

  test('a voided statement does not count', () => {
    expect(isCountingStatement({ verbId: COMPLETED, voided: true }, DEFINITIONS_V1)).toBe(false);
  });

  test('a statement known not to be voided counts', () => {
    expect(isCountingStatement({ verbId: COMPLETED, voided: false }, DEFINITIONS_V1)).toBe(true);
  });

  test('the voiding verb comes from the definitions passed in', () => {
    const definitions: Definitions = {
      ...DEFINITIONS_V1,
      voidingVerb: 'https://example.org/verbs/withdrawn',
    };
    expect(isCountingStatement({ verbId: VOIDED }, definitions)).toBe(true);
  });
});
