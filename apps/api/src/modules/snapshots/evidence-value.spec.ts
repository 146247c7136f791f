import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../common/app-error.js';
import { evidenceValueOf } from './evidence-value.js';
import { indicatorsViewFixture } from './indicators-view.fixture.js';

const view = indicatorsViewFixture();

describe('evidenceValueOf', () => {
  it('reads a whole figure', () => {
    expect(evidenceValueOf('completers', view)).toEqual({
      path: 'completers',
      figure: 'completers',
      cell: null,
      frozen: 3,
    });
  });

  it('reads a breakdown cell, even one whose name holds dots', () => {
    expect(evidenceValueOf('breakdowns.enrolments.format.mooc', view)).toMatchObject({
      figure: 'enrolments',
      cell: { breakdown: 'format', name: 'mooc' },
      frozen: 3,
    });
    expect(evidenceValueOf('breakdowns.users.residence.St. Cugat', view)).toMatchObject({
      figure: 'users',
      cell: { breakdown: 'residence', name: 'St. Cugat' },
      frozen: 1,
    });
  });

  it.each([
    ['completionRate', 'is not a counted value'],
    ['growth.users', 'is not a counted value'],
    ['breakdowns.completers.sex.woman', 'has no breakdowns'],
    ['breakdowns.users.format.mooc', 'has no breakdown "format"'],
    ['breakdowns.users.sex.alien', 'has no cell "alien"'],
    ['breakdowns.users.sex.constructor', 'has no cell "constructor"'],
    ['breakdowns.users.sex.__proto__', 'has no cell "__proto__"'],
  ])('refuses %s, naming the value parameter', (path, message) => {
    let caught: unknown;
    try {
      evidenceValueOf(path, view);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ status: 400, details: [{ field: 'value' }] });
    expect((caught as AppError).message).toContain(message);
  });
});
