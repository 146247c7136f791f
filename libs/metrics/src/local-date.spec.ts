import { localDate, localYear } from './local-date.js';

const MADRID = 'Europe/Madrid';

describe('localDate', () => {
  test('New Year in Madrid: 23:30 UTC on 31 December is already 1 January (winter, UTC+1)', () => {
    expect(localDate(new Date('2020-12-31T23:30:00Z'), MADRID)).toBe('2021-01-01');
  });

  test('New Year in Madrid: the first local instant of the year is 23:00 UTC', () => {
    expect(localDate(new Date('2020-12-31T23:00:00Z'), MADRID)).toBe('2021-01-01');
  });

  test('New Year in Madrid: one second earlier is still 31 December', () => {
    expect(localDate(new Date('2020-12-31T22:59:59Z'), MADRID)).toBe('2020-12-31');
  });

  test('New Year in Madrid: a timestamp written in local time (+01:00) just after midnight is 1 January', () => {
    expect(localDate(new Date('2021-01-01T00:30:00+01:00'), MADRID)).toBe('2021-01-01');
  });

  test('summer time in Madrid: 22:30 UTC on 30 June is 1 July (UTC+2)', () => {
    expect(localDate(new Date('2021-06-30T22:30:00Z'), MADRID)).toBe('2021-07-01');
  });

  test('summer time in Madrid: 21:59:59 UTC on 30 June is still 30 June', () => {
    expect(localDate(new Date('2021-06-30T21:59:59Z'), MADRID)).toBe('2021-06-30');
  });

  test('summer time in Madrid: 22:30 UTC in December is still the same day (UTC+1)', () => {
    expect(localDate(new Date('2021-12-30T22:30:00Z'), MADRID)).toBe('2021-12-30');
  });

  test('the night summer time ends: 22:30 UTC on 30 October is 31 October (still UTC+2)', () => {
    expect(localDate(new Date('2021-10-30T22:30:00Z'), MADRID)).toBe('2021-10-31');
  });

  test('the time zone is a parameter: the same instant is 31 December in the Canary Islands', () => {
    expect(localDate(new Date('2020-12-31T23:30:00Z'), 'Atlantic/Canary')).toBe('2020-12-31');
  });

  test('the time zone is a parameter: the same instant is 31 December in UTC', () => {
    expect(localDate(new Date('2020-12-31T23:30:00Z'), 'UTC')).toBe('2020-12-31');
  });

  test('an unknown time zone is refused with its name in the message', () => {
    expect(() => localDate(new Date('2021-01-01T00:00:00Z'), 'Europe/Atlantis')).toThrow(
      '"Europe/Atlantis"',
    );
  });

  test('an invalid Date is refused', () => {
    expect(() => localDate(new Date('not a date'), MADRID)).toThrow(RangeError);
  });
});

describe('localYear', () => {
  test('New Year in Madrid: 23:30 UTC on 31 December 2020 belongs to 2021', () => {
    expect(localYear(new Date('2020-12-31T23:30:00Z'), MADRID)).toBe(2021);
  });

  test('New Year in Madrid: 22:59:59 UTC on 31 December 2020 belongs to 2020', () => {
    expect(localYear(new Date('2020-12-31T22:59:59Z'), MADRID)).toBe(2020);
  });
});
