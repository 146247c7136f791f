export type BackupErrorCode =
  | 'file-not-found'
  | 'file-exists'
  | 'no-fita-schema'
  | 'not-a-backup'
  | 'unsupported-format'
  | 'corrupted'
  | 'truncated'
  | 'newer-migrations'
  | 'not-empty'
  | 'fita-running'
  | 'schema-mismatch';

/** A backup or restore that cannot go on, with a sentence the operator can act on. */
export class BackupError extends Error {
  override readonly name = 'BackupError';

  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
