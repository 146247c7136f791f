import { randomBytes } from 'node:crypto';
import { readFile, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';

export const PASSWORD_FILE_NAME = 'postgres.password';

export function passwordFilePath(dataDir: string): string {
  return path.join(dataDir, PASSWORD_FILE_NAME);
}

/** Returns the stored password, or undefined when there is none yet. */
export async function readPassword(dataDir: string): Promise<string | undefined> {
  try {
    const password = (await readFile(passwordFilePath(dataDir), 'utf8')).trim();
    return password || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reuses the stored password, or generates one and stores it (mode 0600). */
export async function readOrCreatePassword(dataDir: string): Promise<string> {
  const existing = await readPassword(dataDir);
  if (existing) return existing;
  // base64url keeps the password usable verbatim inside a connection URL.
  const password = randomBytes(24).toString('base64url');
  const file = passwordFilePath(dataDir);
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  // writeFile's mode only applies to a new file and is subject to the umask.
  await chmod(file, 0o600);
  return password;
}
