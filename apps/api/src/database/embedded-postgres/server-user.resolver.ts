import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';

const execFileAsync = promisify(execFile);

/** The account that initdb and postgres run as. */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
  /** True when it is the account of this process, so no uid switch or chown is needed. */
  isCurrent: boolean;
}

/** initdb and postgres refuse to run as root, so a root process hands them to this account. */
export const UNPRIVILEGED_USER = 'nobody';

export async function resolveServerUser(): Promise<ServerUser> {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === undefined || gid === undefined) {
    // Windows has no uids, and Postgres there has no root check to avoid.
    return { name: 'current user', uid: -1, gid: -1, isCurrent: true };
  }
  if (uid !== 0) {
    return { name: `uid ${uid}`, uid, gid, isCurrent: true };
  }
  try {
    const [userId, groupId] = await Promise.all([
      execFileAsync('id', ['-u', UNPRIVILEGED_USER]),
      execFileAsync('id', ['-g', UNPRIVILEGED_USER]),
    ]);
    return {
      name: UNPRIVILEGED_USER,
      uid: parseId(userId.stdout),
      gid: parseId(groupId.stdout),
      isCurrent: false,
    };
  } catch (error) {
    throw new EmbeddedPostgresError(
      'no-server-user',
      `Fita runs as root and Postgres refuses to, but the unprivileged user "${UNPRIVILEGED_USER}" ` +
        'could not be looked up. Run Fita as a non-root user, or set DATABASE_URL.',
      { cause: error },
    );
  }
}

function parseId(output: string): number {
  const id = Number.parseInt(output.trim(), 10);
  if (!Number.isInteger(id) || id < 0) {
    throw new Error(`unexpected output from id: ${JSON.stringify(output)}`);
  }
  return id;
}
