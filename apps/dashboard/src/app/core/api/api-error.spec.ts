import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError, fieldErrorsOf } from './api-error';

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
});
