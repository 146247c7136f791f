import pg from 'pg';
import { validateStatement, type ActivityDefinition, type Agent } from '@fita/xapi';
import { openCopy, type CopyWriter } from '../database/copy-rows.js';
import {
  activitiesOf,
  mergeActivityDefinition,
} from '../modules/lrs-documents/activity-definition.js';
import { toStatementRecord } from '../modules/lrs/statement-record.js';
import type { HistoryStatement } from './learning-history.js';

/** The credential the statements are stored under, as the LRS would name it in `authority`. */
export interface StoringCredential {
  credentialId: string;
  authority: Agent;
  /** The credential may define activities (scope `define` or `all`). */
  defines: boolean;
}

export interface CopyLoadReport {
  statements: number;
  agentLinks: number;
  activityLinks: number;
  activities: number;
  seconds: number;
}

// What the LRS's insertBatch writes (StatementsRepository.insertRows and
// ActivitiesRepository.upsertDefinitions); checked against the tables below.
const STATEMENT_COLUMNS = [
  'seq',
  'id',
  'actor_key',
  'actor_type',
  'verb_id',
  'object_type',
  'object_id',
  'registration',
  'timestamp',
  'stored',
  'credential_id',
  'payload',
  'voided',
];
const AGENT_COLUMNS = ['seq', 'actor_key', 'role'];
const ACTIVITY_LINK_COLUMNS = ['seq', 'activity_id', 'role'];
const ACTIVITY_COLUMNS = ['id', 'definition', 'updated_at'];

const VALIDATE_ALL = 20_000;
const VALIDATE_EVERY = 16;
/** Statements per COPY: each commits on its own, so the inbox trigger's transition table stays small. */
const CHUNK = 100_000;

/**
 * Stores the history as the LRS would have stored it, but through COPY:
 * each statement goes through the LRS's own validation and record building
 * (normalised payload, stored, authority, version, the indexed columns and
 * the agent and activity links), seqs follow the order of `stored`, a voided
 * statement carries the flag its voiding statement set, and the Activities
 * resource receives the merged definitions. The statements table's trigger
 * queues every seq in the indicator inbox, as after real ingestion.
 */
export async function loadByCopy(
  databaseUrl: string,
  history: Iterable<HistoryStatement>,
  credential: StoringCredential,
  onProgress: (loaded: number, seconds: number) => void,
): Promise<CopyLoadReport> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const report = { statements: 0, agentLinks: 0, activityLinks: 0, activities: 0, seconds: 0 };
  const definitions = new Map<string, ActivityDefinition | null>();
  const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
  const [statementClient, agentClient, activityClient] = clients;
  // The three tables are written at once, on three connections, so Postgres works on all of them.
  const openChunk = () => ({
    statements: openCopy(statementClient, 'statements', STATEMENT_COLUMNS),
    agents: openCopy(agentClient, 'statement_agents', AGENT_COLUMNS),
    activities: openCopy(activityClient, 'statement_activities', ACTIVITY_LINK_COLUMNS),
  });
  let copies: CopyWriter[] = [];
  try {
    await assertSameColumns(statementClient);
    let chunk = openChunk();
    copies = Object.values(chunk);
    for (const { statement, stored, voided } of history) {
      const seq = (report.statements += 1);
      // The history repeats a few statement shapes: checking a sample of them
      // proves them valid, at a sixteenth of validation's share of the load time.
      if (seq <= VALIDATE_ALL || seq % VALIDATE_EVERY === 0) {
        const checked = validateStatement(statement, { version: '1.0.3' });
        if (!checked.ok) {
          throw new Error(`generated an invalid statement: ${JSON.stringify(checked.errors)}`);
        }
      }
      const record = toStatementRecord(statement, { stored, ...credential });
      await chunk.statements.write([
        seq,
        record.id,
        record.actorKey,
        record.actorType,
        record.verbId,
        record.objectType,
        record.objectId,
        record.registration,
        record.timestamp.toISOString(),
        record.stored.toISOString(),
        record.credentialId,
        JSON.stringify(record.payload),
        voided ? 't' : 'f',
      ]);
      for (const link of record.links.agents) {
        await chunk.agents.write([seq, link.actorKey, link.role]);
      }
      for (const link of record.links.activities) {
        await chunk.activities.write([seq, link.activityId, link.role]);
      }
      report.agentLinks += record.links.agents.length;
      report.activityLinks += record.links.activities.length;
      if (credential.defines) {
        for (const { id, definition } of activitiesOf(record.payload)) {
          definitions.set(id, mergeActivityDefinition(definitions.get(id), definition));
        }
      }
      if (seq % CHUNK === 0) {
        await Promise.all(copies.map((copy) => copy.end()));
        onProgress(seq, elapsed());
        chunk = openChunk();
        copies = Object.values(chunk);
      }
    }
    await Promise.all(copies.map((copy) => copy.end()));
    copies = [];

    const activities = openCopy(statementClient, 'activities', ACTIVITY_COLUMNS);
    copies = [activities];
    const now = new Date().toISOString();
    for (const [id, definition] of definitions) {
      await activities.write([id, definition === null ? null : JSON.stringify(definition), now]);
    }
    await activities.end();
    copies = [];
    report.activities = definitions.size;
    // The seqs were given explicitly: the next statement the LRS stores follows them.
    await statementClient.query(
      `SELECT setval(pg_get_serial_sequence('statements', 'seq'), greatest($1::bigint, 1), $1::bigint > 0)`,
      [report.statements],
    );
    report.seconds = elapsed();
    return report;
  } catch (error) {
    // A COPY left open would keep its connection busy and the pool from ending.
    await Promise.all(copies.map((copy) => copy.abort()));
    throw error;
  } finally {
    for (const client of clients) client.release();
    await pool.end();
  }
}

/** Fails loudly when the LRS's tables gain or lose a column this loader does not write. */
async function assertSameColumns(client: pg.PoolClient): Promise<void> {
  const expected: Record<string, string[]> = {
    statements: STATEMENT_COLUMNS,
    statement_agents: AGENT_COLUMNS,
    statement_activities: ACTIVITY_LINK_COLUMNS,
    activities: ACTIVITY_COLUMNS,
  };
  const { rows } = await client.query<{ table_name: string; columns: string[] }>(
    `SELECT table_name, array_agg(column_name::text) AS columns
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ANY($1::text[])
     GROUP BY table_name`,
    [Object.keys(expected)],
  );
  for (const [table, columns] of Object.entries(expected)) {
    const actual = [...(rows.find((row) => row.table_name === table)?.columns ?? [])].sort();
    const wanted = [...columns].sort();
    if (actual.join(',') !== wanted.join(',')) {
      throw new Error(
        `bench loader out of date: ${table} has columns ${actual.join(', ')}, the loader writes ${wanted.join(', ')}`,
      );
    }
  }
}
