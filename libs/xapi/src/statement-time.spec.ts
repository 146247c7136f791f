import { statementInstant } from './statement-time.js';
import { XapiError } from './xapi-error.js';

describe('statementInstant', () => {
  test('a UTC timestamp', () => {
    expect(statementInstant('2020-12-31T23:30:00Z').toISOString()).toBe('2020-12-31T23:30:00.000Z');
  });

  test('a timestamp without offset is read as UTC, not as local time', () => {
    expect(statementInstant('2020-12-31T23:30:00').toISOString()).toBe('2020-12-31T23:30:00.000Z');
  });

  test('a positive offset is subtracted', () => {
    expect(statementInstant('2021-01-01T00:30:00+01:00').toISOString()).toBe(
      '2020-12-31T23:30:00.000Z',
    );
  });

  test('a negative offset without colon is added', () => {
    expect(statementInstant('2021-06-30T20:00:00-0330').toISOString()).toBe(
      '2021-06-30T23:30:00.000Z',
    );
  });

  test('fractions beyond milliseconds are truncated', () => {
    expect(statementInstant('2021-03-01T10:15:59.99999Z').toISOString()).toBe(
      '2021-03-01T10:15:59.999Z',
    );
  });

  test('a date that does not exist is refused', () => {
    expect(() => statementInstant('2021-02-29T10:00:00Z')).toThrow(XapiError);
  });

  test('text that is not a date-time is refused with the value in the message', () => {
    expect(() => statementInstant('01/03/2021')).toThrow('got "01/03/2021"');
  });
});
