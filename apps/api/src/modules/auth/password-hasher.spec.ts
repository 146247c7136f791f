import { describe, expect, it } from '@jest/globals';
import { passwordHasher } from './password-hasher.js';

describe('passwordHasher', () => {
  it('hashes with argon2id at m=19 MiB, t=2, p=1, salted', async () => {
    const first = await passwordHasher.hash('correct horse battery');
    const second = await passwordHasher.hash('correct horse battery');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const stored = await passwordHasher.hash('correct horse battery');
    expect(await passwordHasher.verify(stored, 'correct horse battery')).toBe(true);
    expect(await passwordHasher.verify(stored, 'correct horse batter')).toBe(false);
  });

  it('says false, without throwing, for a missing or unreadable hash', async () => {
    expect(await passwordHasher.verify(undefined, 'no such user')).toBe(false);
    expect(await passwordHasher.verify('not a hash', 'anything')).toBe(false);
  });
});
