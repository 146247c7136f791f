export type EmbeddedPostgresLogLevel = 'info' | 'warn' | 'error';

export type EmbeddedPostgresLog = (level: EmbeddedPostgresLogLevel, message: string) => void;

export interface EmbeddedPostgresOptions {
  /** FITA_DATA_DIR; the cluster lives in `${dataDir}/postgres`. */
  dataDir: string;
  /** Created if missing; default `fita`. */
  database?: string;
  log?: EmbeddedPostgresLog;
}

export interface RunningEmbeddedPostgres {
  /** `postgres://fita:<password>@127.0.0.1:<port>/<database>` */
  url: string;
  port: number;
  /** Fast shutdown (SIGINT); resolves once the server has exited. Safe to call more than once. */
  stop(): Promise<void>;
}
