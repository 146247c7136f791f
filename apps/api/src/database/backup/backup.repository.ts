import type { Readable, Writable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { BackupColumn } from './backup-format.js';

/** A table and the tables its foreign keys point to. */
export interface TableDependencies {
  name: string;
  references: string[];
}

/** What a schema holds, by kind, as DROP statements name them. */
export interface SchemaObjects {
  tables: string[];
  views: string[];
  materializedViews: string[];
  sequences: string[];
  /** Signatures, e.g. `fita_bump_data_version()`. */
  functions: string[];
  types: string[];
}

/**
 * The SQL of backup and restore, on one connection: the catalogue of Fita's
 * schema, the snapshot, COPY in and out, and the clearing of a schema that is
 * to be replaced. Names come from the catalogue or a verified manifest and are
 * always quoted.
 */
export class BackupRepository {
  constructor(
    private readonly client: pg.ClientBase,
    readonly schema: string,
  ) {}

  /** Fita's schema: where its tables are (the search path's first, `public` by default). */
  static async currentSchema(client: pg.ClientBase): Promise<string> {
    const { rows } = await client.query<{ schema: string }>('SELECT current_schema() AS schema');
    return rows[0].schema;
  }

  /**
   * Output and input that mean the same on every server: ISO dates in UTC,
   * floats to the last digit, bytea in hex, UTF-8 (as pg_dump sets them).
   */
  async useStableTextFormats(): Promise<void> {
    await this.client.query(
      `SET DateStyle = ISO; SET IntervalStyle = postgres; SET TimeZone = 'UTC';
       SET extra_float_digits = 3; SET bytea_output = hex; SET client_encoding = 'UTF8'`,
    );
  }

  /** One consistent view of every table for the whole backup, while others keep writing. */
  async beginSnapshot(): Promise<void> {
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async rollback(): Promise<void> {
    await this.client.query('ROLLBACK');
  }

  async source(): Promise<{ postgres: string; database: string }> {
    const { rows } = await this.client.query<{ postgres: string; database: string }>(
      `SELECT current_setting('server_version') AS postgres, current_database() AS database`,
    );
    return rows[0];
  }

  /** Ordinary tables of the schema with the tables they reference, by name. */
  async tables(): Promise<TableDependencies[]> {
    const { rows } = await this.client.query<{ name: string; references: string[] }>(
      `SELECT c.relname AS name,
              COALESCE(array_agg(DISTINCT r.relname::text) FILTER (WHERE r.relname IS NOT NULL), '{}')
                AS "references"
         FROM pg_class c
         LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
         LEFT JOIN pg_class r ON r.oid = k.confrelid AND r.relnamespace = c.relnamespace
        WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'r'
        GROUP BY c.relname
        ORDER BY c.relname`,
      [this.schema],
    );
    return rows;
  }

  /** Columns a COPY carries: stored generated columns are computed again, never copied. */
  async columns(table: string): Promise<BackupColumn[]> {
    const { rows } = await this.client.query<BackupColumn>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_attribute a
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY a.attnum`,
      [this.qualified(table)],
    );
    return rows;
  }

  /** Keeps migrations (ALTER, DROP) out until the backup is done; reads and writes go on. */
  async lockForReading(tables: readonly string[]): Promise<void> {
    if (tables.length === 0) return;
    await this.client.query(
      `LOCK TABLE ${tables.map((t) => this.qualified(t)).join(', ')} IN ACCESS SHARE MODE`,
    );
  }

  async hasTable(table: string): Promise<boolean> {
    const { rows } = await this.client.query<{ found: boolean }>(
      'SELECT to_regclass($1) IS NOT NULL AS found',
      [this.qualified(table)],
    );
    return rows[0].found;
  }

  /** Names of the migrations run, in the order they ran (TypeORM's `migrations` table). */
  async migrations(): Promise<string[]> {
    const { rows } = await this.client.query<{ name: string }>(
      `SELECT name FROM ${this.qualified('migrations')} ORDER BY id`,
    );
    return rows.map((row) => row.name);
  }

  async sequenceNames(): Promise<string[]> {
    const { rows } = await this.client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class
        WHERE relnamespace = $1::regnamespace AND relkind = 'S' ORDER BY relname`,
      [this.schema],
    );
    return rows.map((row) => row.name);
  }

  /** Sequences are outside transactions: the value read is at least that of the snapshot. */
  async sequenceState(sequence: string): Promise<{ lastValue: string; isCalled: boolean }> {
    const { rows } = await this.client.query<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${this.qualified(sequence)}`,
    );
    return rows[0];
  }

  async setSequence(sequence: string, lastValue: string, isCalled: boolean): Promise<void> {
    await this.client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
      this.qualified(sequence),
      lastValue,
      isCalled,
    ]);
  }

  copyOut(table: string, columns: readonly BackupColumn[]): Readable {
    return this.client.query(
      copyTo(`COPY ${this.qualified(table)} (${this.columnList(columns)}) TO STDOUT`),
    );
  }

  copyIn(table: string, columns: readonly BackupColumn[]): Writable {
    return this.client.query(
      copyFrom(`COPY ${this.qualified(table)} (${this.columnList(columns)}) FROM STDIN`),
    );
  }

  async rowCount(table: string): Promise<number> {
    const { rows } = await this.client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${this.qualified(table)}`,
    );
    return Number(rows[0].n);
  }

  async objects(): Promise<SchemaObjects> {
    const relations = await this.client.query<{ name: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c
        WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
        ORDER BY c.relname`,
      [this.schema],
    );
    const functions = await this.client.query<{ signature: string }>(
      `SELECT quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS signature
         FROM pg_proc p
        WHERE p.pronamespace = $1::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        ORDER BY 1`,
      [this.schema],
    );
    const types = await this.client.query<{ name: string }>(
      `SELECT t.typname AS name FROM pg_type t
        WHERE t.typnamespace = $1::regnamespace
          AND (t.typtype IN ('e', 'd', 'r')
               OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
        ORDER BY 1`,
      [this.schema],
    );
    const of = (...kinds: string[]) =>
      relations.rows.filter((r) => kinds.includes(r.kind)).map((r) => r.name);
    return {
      tables: of('r', 'p'),
      views: of('v'),
      materializedViews: of('m'),
      sequences: of('S'),
      functions: functions.rows.map((f) => f.signature),
      types: types.rows.map((t) => t.name),
    };
  }

  /** Removes everything in the schema (the schema itself stays, with its owner and grants). */
  async dropAll(objects: SchemaObjects): Promise<void> {
    const drop = async (what: string, names: string[], quote = true) => {
      if (names.length === 0) return;
      const list = names.map((n) =>
        quote ? this.qualified(n) : `${this.quoted(this.schema)}.${n}`,
      );
      await this.client.query(`DROP ${what} IF EXISTS ${list.join(', ')} CASCADE`);
    };
    await drop('MATERIALIZED VIEW', objects.materializedViews);
    await drop('VIEW', objects.views);
    await drop('TABLE', objects.tables);
    await drop('SEQUENCE', objects.sequences);
    // Signatures are quoted by the catalogue query: name(argument types).
    await drop('FUNCTION', objects.functions, false);
    await drop('TYPE', objects.types);
  }

  /** Fita processes (API, worker, queue) connected to this database, other than this one. */
  async otherFitaConnections(): Promise<{ application: string; address: string | null }[]> {
    const { rows } = await this.client.query<{ application: string; address: string | null }>(
      `SELECT application_name AS application, host(client_addr) AS address
         FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND application_name IN ('fita', 'fita-queue')`,
    );
    return rows;
  }

  /**
   * User triggers (inbox, data versions, audit log, frozen snapshots) must not
   * fire for rows that are restored, not new; foreign keys stay checked.
   * Transactional: a rollback enables them again.
   */
  async setUserTriggers(table: string, enabled: boolean): Promise<void> {
    await this.client.query(
      `ALTER TABLE ${this.qualified(table)} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER USER`,
    );
  }

  /** All at once: tables that reference each other can only be emptied together. */
  async truncate(tables: readonly string[]): Promise<void> {
    if (tables.length === 0) return;
    await this.client.query(`TRUNCATE ${tables.map((t) => this.qualified(t)).join(', ')}`);
  }

  private columnList(columns: readonly BackupColumn[]): string {
    return columns.map((c) => this.quoted(c.name)).join(', ');
  }

  private qualified(name: string): string {
    return `${this.quoted(this.schema)}.${this.quoted(name)}`;
  }

  private quoted(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }
}
