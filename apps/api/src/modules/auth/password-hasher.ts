import { Algorithm, hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), which
 * are also the library's defaults; written out so that a library upgrade
 * cannot weaken them unnoticed. Hashes made with other parameters still
 * verify: the parameters travel in each hash string.
 */
export const ARGON2_OPTIONS: Options = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Verified instead of a missing user's hash, so that an unknown e-mail takes as long as a wrong password. */
let standIn: Promise<string> | undefined;

export const passwordHasher = {
  hash: (password: string): Promise<string> => hash(password, ARGON2_OPTIONS),
  /** False for a wrong password, an unreadable hash, or no hash at all (no such user). */
  verify: async (passwordHash: string | undefined, password: string): Promise<boolean> => {
    try {
      if (passwordHash === undefined) {
        standIn ??= hash('no such user', ARGON2_OPTIONS);
        await verify(await standIn, password);
        return false;
      }
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
};
