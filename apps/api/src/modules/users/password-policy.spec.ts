import { describe, expect, it } from '@jest/globals';
import {
  passwordContainsEmailName,
  passwordProblems,
  temporaryPassword,
} from './password-policy.js';

describe('password policy', () => {
  it('accepts a long phrase without symbols', () => {
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
  });

  it('refuses a short password and names the minimum', () => {
    expect(passwordProblems('Sh0rt!pass')).toEqual(['must have at least 12 characters']);
  });

  it('refuses a long password made of few characters', () => {
    expect(passwordProblems('abababababababab')).toEqual([
      'must use at least 5 different characters',
    ]);
  });

  it('refuses a password longer than 128 characters', () => {
    expect(passwordProblems('abcdefghij'.repeat(13))).toEqual(['must have at most 128 characters']);
  });

  it('spots the e-mail name in the password, whatever its case', () => {
    expect(passwordContainsEmailName('Maria.Puig-2026!', 'maria.puig@example.org')).toBe(true);
    expect(passwordContainsEmailName('river stone lantern', 'maria.puig@example.org')).toBe(false);
  });

  it('ignores e-mail names too short to matter', () => {
    expect(passwordContainsEmailName('algebra notebook', 'al@example.org')).toBe(false);
  });

  it('generates temporary passwords that pass the policy and differ each time', () => {
    const first = temporaryPassword();
    expect(first).toHaveLength(24);
    expect(passwordProblems(first)).toEqual([]);
    expect(temporaryPassword()).not.toBe(first);
  });
});
