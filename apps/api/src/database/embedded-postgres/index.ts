export { startEmbeddedPostgres } from './embedded-postgres.launcher.js';
export {
  EmbeddedPostgresError,
  type EmbeddedPostgresErrorCode,
} from './embedded-postgres.error.js';
export type {
  EmbeddedPostgresLog,
  EmbeddedPostgresLogLevel,
  EmbeddedPostgresOptions,
  RunningEmbeddedPostgres,
} from './embedded-postgres.types.js';
