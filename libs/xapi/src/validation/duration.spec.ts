import { isIsoDuration } from './duration.js';

describe('isIsoDuration (ISO 8601 durations with designators)', () => {
  test.each([
    'PT4H35M59.14S',
    'PT16559.14S',
    'P3Y1M29DT4H35M59.14S',
    'P3Y',
    'P4W',
    'PT1H0M0S',
    'PT0.5S',
    'P0D',
    'P1DT12H36M0.12567S',
    'PT1,5S',
    'P1.5Y',
  ])('accepts %s', (duration) => {
    expect(isIsoDuration(duration)).toBe(true);
  });

  test.each([
    'P',
    'PT',
    'P1DT',
    'P4W1D',
    'PA1H0M0S',
    'PT1.5H30M',
    'P1M2Y',
    'P0003-01-29T04:35:59',
    '1H',
    'pt1h',
    'PT-1S',
    'should fail',
  ])('refuses %s', (duration) => {
    expect(isIsoDuration(duration)).toBe(false);
  });

  test('refuses non-strings', () => {
    expect(isIsoDuration(12345)).toBe(false);
    expect(isIsoDuration({ key: 'invalid' })).toBe(false);
  });
});
