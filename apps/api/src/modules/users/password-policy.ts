import { randomToken } from '../auth/secret-token.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_DISTINCT_CHARACTERS = 5;
/** A shorter e-mail name ("al") turns up inside passwords by chance. */
const MIN_NAME_LENGTH_CHECKED = 3;

/**
 * What is wrong with a password an admin chose, as phrases after "password".
 * Length over composition rules (NIST SP 800-63B): a long phrase is strong
 * without symbols, while "aaaaaaaaaaaa" is long and worthless.
 */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    problems.push(`must have at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH)
    problems.push(`must have at most ${PASSWORD_MAX_LENGTH} characters`);
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS)
    problems.push(`must use at least ${MIN_DISTINCT_CHARACTERS} different characters`);
  return problems;
}

/** True when the password holds the name part of the e-mail, the first thing a guesser tries. */
export function passwordContainsEmailName(password: string, email: string): boolean {
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  return name.length >= MIN_NAME_LENGTH_CHECKED && password.toLowerCase().includes(name);
}

/** 18 random bytes: 24 URL-safe characters, 144 bits, shown to the admin once. */
export function temporaryPassword(): string {
  return randomToken(18);
}
