/** What a backup or restore tells the person waiting for it; the command line prints it on stderr. */
export interface BackupProgress {
  /** A stage begins: "verifying …", "creating the schema …". */
  step(message: string): void;
  /** Called for every piece of a table; `done` once at its end. */
  table(name: string, rows: number, bytes: number, done: boolean): void;
}

export const silentProgress: BackupProgress = { step: () => undefined, table: () => undefined };
