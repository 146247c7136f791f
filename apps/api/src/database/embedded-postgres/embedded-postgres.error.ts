export type EmbeddedPostgresErrorCode =
  | 'unsupported-platform'
  | 'binaries-missing'
  | 'no-server-user'
  | 'not-accessible'
  | 'cluster-dir-invalid'
  | 'password-missing'
  | 'already-running'
  | 'init-failed'
  | 'start-failed'
  | 'stop-failed';

export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';

  constructor(
    readonly code: EmbeddedPostgresErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
