import { describe, expect, it } from '@jest/globals';
import { acceptedStalenessMs } from './max-stale.js';

describe('acceptedStalenessMs', () => {
  it('asks for the data as it is without a directive', () => {
    expect(acceptedStalenessMs(undefined)).toBe(0);
    expect(acceptedStalenessMs('')).toBe(0);
    expect(acceptedStalenessMs('max-age=0')).toBe(0);
  });

  it('reads max-stale in seconds, with or without quotes and spaces', () => {
    expect(acceptedStalenessMs('max-stale=600')).toBe(600_000);
    expect(acceptedStalenessMs('no-transform, Max-Stale = "30"')).toBe(30_000);
    expect(acceptedStalenessMs(['max-age=5', 'max-stale=2'])).toBe(2_000);
  });

  it('accepts any age for max-stale without a value', () => {
    expect(acceptedStalenessMs('max-stale')).toBe(Number.POSITIVE_INFINITY);
  });

  it('lets no-cache win over max-stale', () => {
    expect(acceptedStalenessMs('max-stale=600, no-cache')).toBe(0);
  });

  it('ignores a malformed value', () => {
    expect(acceptedStalenessMs('max-stale=-5')).toBe(0);
    expect(acceptedStalenessMs('max-stale=ten')).toBe(0);
    expect(acceptedStalenessMs('max-stale=1.5')).toBe(0);
  });
});
