import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { describeApiError, fieldErrorsOf, retryDelayOf } from './api-error';

describe('fieldErrorsOf', () => {
  it('gathers the problems of a 400 by field, joining several of one field', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        code: 'request.invalid',
        message: 'Invalid operation',
        details: [
          { field: 'code', message: 'is required' },
          { field: 'endDate', message: 'must be a date written YYYY-MM-DD' },
          { field: 'endDate', message: 'must be on or after startDate' },
          { nonsense: true },
        ],
      },
    });

    expect(fieldErrorsOf(error)).toEqual({
      code: 'is required',
      endDate: 'must be a date written YYYY-MM-DD; must be on or after startDate',
    });
    expect(describeApiError(error)).toBe('Invalid operation');
  });

  it.each([
    new HttpErrorResponse({ status: 400, error: { code: 'x', message: 'y' } }),
    new HttpErrorResponse({ status: 409, error: { details: [{ field: 'code', message: 'z' }] } }),
    new Error('not http'),
  ])('is empty for anything else', (error) => {
    expect(fieldErrorsOf(error)).toEqual({});
  });

  describe('retryDelayOf', () => {
    const busy = (retryAfter?: string) =>
      new HttpErrorResponse({
        status: 503,
        headers:
          retryAfter === undefined ? undefined : new HttpHeaders({ 'Retry-After': retryAfter }),
      });

    it("waits what a 503's Retry-After says, up to 30 s", () => {
      expect(retryDelayOf(busy('5'))).toBe(5_000);
      expect(retryDelayOf(busy('120'))).toBe(30_000);
    });

    it('waits 2 s for a 503 without a usable Retry-After', () => {
      expect(retryDelayOf(busy())).toBe(2_000);
      expect(retryDelayOf(busy('soon'))).toBe(2_000);
      expect(retryDelayOf(busy('0'))).toBe(2_000);
    });

    it.each([
      new HttpErrorResponse({ status: 500 }),
      new HttpErrorResponse({ status: 0 }),
      new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': '5' }) }),
      new Error('not http'),
    ])('is null when asking again would not help', (error) => {
      expect(retryDelayOf(error)).toBeNull();
    });
  });
});
