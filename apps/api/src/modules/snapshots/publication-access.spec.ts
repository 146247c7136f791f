import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../common/app-error.js';
import { assertMayReadPublication } from './publication-access.js';

const ID = '7d7c5f7e-2f43-4a4c-9a43-3d4f3f2b8b11';

describe('assertMayReadPublication', () => {
  it('refuses communications an unapproved snapshot, saying when it opens', () => {
    let refusal: unknown;
    try {
      assertMayReadPublication('communications', { id: ID, approved: false });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: 'snapshots.not_approved',
      status: 403,
      message: `Snapshot ${ID} is not approved yet; its publication opens to communications once it is.`,
    });
  });

  it('opens an approved snapshot to communications, and any to the reporting roles', () => {
    expect(() =>
      assertMayReadPublication('communications', { id: ID, approved: true }),
    ).not.toThrow();
    for (const role of ['admin', 'manager', 'auditor'] as const) {
      expect(() => assertMayReadPublication(role, { id: ID, approved: false })).not.toThrow();
    }
  });
});
