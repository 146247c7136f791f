import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Statement } from '@fita/xapi';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ActivitiesRepository } from '../lrs-documents/activities.repository.js';
import { activitiesOf } from '../lrs-documents/activity-definition.js';
import { ACTIVITY_ROLES } from './statement-activity.entity.js';
import { AGENT_ROLES } from './statement-agent.entity.js';
import type { StatementQuery } from './statement-query.js';
import type { StatementRecord } from './statement-record.js';
import { StatementEntity } from './statement.entity.js';

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

export interface InsertOutcome {
  inserted: string[];
  /** Ids that were already stored, with the statement stored under each. */
  existing: Map<string, Statement>;
}

export interface InsertOptions {
  decide: (outcome: InsertOutcome) => void;
  alsoStore?: (manager: EntityManager) => Promise<void>;
  defineActivities: boolean;
}

@Injectable()
export class StatementsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
  ) {}

  /**
   * Inserts the batch in one transaction. `decide` sees the ids already stored
   * and may throw to abort, in which case nothing of the batch is kept.
   * `alsoStore` writes what belongs with the batch (its attachments) in the
   * same transaction; `defineActivities` lets its activity definitions update
   * the Activities resource.
   */
  insertBatch(records: StatementRecord[], options: InsertOptions): Promise<InsertOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const { inserted, existing } = await this.insertRows(manager, records);
      const insertedSet = new Set(inserted);
      const fresh = records.filter((record) => insertedSet.has(record.id));
      await this.applyVoids(manager, fresh);
      const outcome = { inserted, existing };
      options.decide(outcome);
      await options.alsoStore?.(manager);
      if (options.defineActivities) {
        await this.activities.upsertDefinitions(
          manager,
          fresh.flatMap((record) => activitiesOf(record.payload)),
        );
      }
      return outcome;
    });
  }

  /** One statement by id, with whether it has been voided. */
  async findById(id: string): Promise<StoredStatement | null> {
    const rows: StoredStatement[] = await this.dataSource.query(
      `SELECT payload, voided, stored, credential_id AS "credentialId" FROM statements WHERE id = $1`,
      [id.toLowerCase()],
    );
    return rows[0] ?? null;
  }

  /**
   * Statements matching the filters, newest first unless ascending, after
   * `cursor` when paging. Statements that target a matching statement through
   * a StatementRef match too (xAPI Communication 2.1.3, filter conditions for
   * StatementRefs); voided statements never appear.
   *
   * The two kinds of match are two ordered, limited halves of a UNION, so
   * Postgres can walk the (stored, seq) index and stop after one page when
   * the filters match many statements, or collect the few matches through
   * the link tables' indexes when they match few (docs/adr/0007).
   */
  async query(query: StatementQuery, cursor?: QueryCursor): Promise<StoredStatement[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const filters = (alias: string): string[] => {
      const conditions: string[] = [];
      if (query.agentKey) {
        const roles = query.relatedAgents ? [...AGENT_ROLES] : ['actor', 'object'];
        conditions.push(
          `${alias}.seq IN (SELECT seq FROM statement_agents WHERE actor_key = ${param(query.agentKey)} AND role = ANY(${param(roles)}))`,
        );
      }
      if (query.activity) {
        const roles = query.relatedActivities ? [...ACTIVITY_ROLES] : ['object'];
        conditions.push(
          `${alias}.seq IN (SELECT seq FROM statement_activities WHERE activity_id = ${param(query.activity)} AND role = ANY(${param(roles)}))`,
        );
      }
      if (query.verb) conditions.push(`${alias}.verb_id = ${param(query.verb)}`);
      if (query.registration) {
        conditions.push(`${alias}.registration = ${param(query.registration)}`);
      }
      return conditions;
    };

    const page: string[] = ['NOT s.voided'];
    if (query.storedBy) page.push(`s.credential_id = ${param(query.storedBy)}`);
    if (query.since) page.push(`s.stored > ${param(query.since.toISOString())}`);
    if (query.until) page.push(`s.stored <= ${param(query.until.toISOString())}`);
    if (cursor) {
      page.push(
        `(s.stored, s.seq) ${query.ascending ? '>' : '<'} (${param(cursor.stored)}::timestamptz, ${param(cursor.seq)}::bigint)`,
      );
    }
    const direction = query.ascending ? 'ASC' : 'DESC';
    // Qualified: an unqualified seq would sort by the text column of the output.
    const order = `ORDER BY s.stored ${direction}, s.seq ${direction} LIMIT ${param(query.limit + 1)}`;
    const select = `SELECT s.seq, s.payload, s.voided, s.stored FROM statements s`;

    const direct = filters('s');
    if (direct.length === 0) {
      return this.dataSource.query(
        `SELECT s.seq::text AS seq, s.payload, s.voided, s.stored FROM statements s
         WHERE ${page.join(' AND ')} ${order}`,
        params,
      );
    }
    // StatementRefs to a matching statement, and StatementRefs to those.
    const referring = `WITH RECURSIVE referring(seq, id) AS (
         SELECT r.seq, r.id FROM statements r
         JOIN statements t
           ON t.id = CASE WHEN r.object_type = 'StatementRef' THEN r.object_id::uuid END
         WHERE r.object_type = 'StatementRef' AND ${filters('t').join(' AND ')}
         UNION
         SELECT r.seq, r.id FROM statements r JOIN referring m
           ON r.object_type = 'StatementRef' AND r.object_id = m.id::text
       )`;
    return this.dataSource.query(
      `${referring}
       SELECT s.seq::text AS seq, s.payload, s.voided, s.stored FROM (
         (${select} WHERE ${[...page, ...direct].join(' AND ')} ${order})
         UNION
         (${select} WHERE ${[...page, 's.seq IN (SELECT seq FROM referring)'].join(' AND ')} ${order})
       ) s ${order}`,
      params,
    );
  }

  /**
   * The statements and their agent and activity links in one round trip: the
   * batch travels as one JSON document, which Postgres takes apart itself,
   * instead of as parallel arrays that the driver would have to escape value
   * by value. The final SELECT runs on the snapshot taken before the insert,
   * so it returns exactly the ids that were already stored.
   */
  private async insertRows(
    manager: EntityManager,
    records: StatementRecord[],
  ): Promise<InsertOutcome> {
    const rows: { id: string; payload: Statement | null }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (
           id uuid, actor_key text, actor_type text, verb_id text, object_type text,
           object_id text, registration uuid, timestamp timestamptz, stored timestamptz,
           credential_id uuid, payload jsonb, agents jsonb, activities jsonb)
         ) WITH ORDINALITY AS x(id, actor_key, actor_type, verb_id, object_type, object_id,
           registration, timestamp, stored, credential_id, payload, agents, activities, ord)
       ), inserted AS (
         INSERT INTO statements (id, actor_key, actor_type, verb_id, object_type, object_id,
                                 registration, timestamp, stored, credential_id, payload)
         SELECT id, actor_key, actor_type, verb_id, object_type, object_id,
                registration, timestamp, stored, credential_id, payload
           FROM input ORDER BY ord
         ON CONFLICT (id) DO NOTHING
         RETURNING seq, id
       ), agent_links AS (
         INSERT INTO statement_agents (seq, actor_key, role)
         SELECT inserted.seq, link.actor_key, link.role
           FROM inserted JOIN input USING (id),
                jsonb_to_recordset(input.agents) AS link(actor_key text, role text)
       ), activity_links AS (
         INSERT INTO statement_activities (seq, activity_id, role)
         SELECT inserted.seq, link.activity_id, link.role
           FROM inserted JOIN input USING (id),
                jsonb_to_recordset(input.activities) AS link(activity_id text, role text)
       )
       SELECT id, NULL::jsonb AS payload FROM inserted
       UNION ALL
       SELECT s.id, s.payload FROM statements s JOIN input USING (id)`,
      [JSON.stringify(records.map(rowOf))],
    );
    const inserted: string[] = [];
    const existing = new Map<string, Statement>();
    for (const row of rows) {
      if (row.payload === null) inserted.push(row.id);
      else existing.set(row.id, row.payload);
    }
    const insertedSet = new Set(inserted);
    // An id committed by a concurrent batch after this statement's snapshot
    // was neither inserted nor seen: read it now.
    const unseen = records
      .map((record) => record.id)
      .filter((id) => !existing.has(id) && !insertedSet.has(id));
    if (unseen.length > 0) {
      const late = await manager.getRepository(StatementEntity).find({
        select: { id: true, payload: true },
        where: { id: In(unseen) },
      });
      for (const row of late) existing.set(row.id, row.payload);
    }
    return { inserted, existing };
  }

  /** A voiding statement voids its target, unless the target is itself a voiding statement (xAPI Data 2.3.2). */
  private async applyVoids(manager: EntityManager, records: StatementRecord[]): Promise<void> {
    const targets = records
      .filter((r) => r.verbId === VOIDED_VERB && r.objectType === 'StatementRef')
      .map((r) => r.objectId);
    if (targets.length === 0) return;
    await manager.query(
      `UPDATE statements SET voided = true WHERE id = ANY($1::uuid[]) AND verb_id <> $2`,
      [targets, VOIDED_VERB],
    );
  }
}

export interface StoredStatement {
  seq?: string;
  payload: Statement;
  voided: boolean;
  stored: Date;
  credentialId?: string;
}

export interface QueryCursor {
  stored: string;
  seq: string;
}

/** A record as a row of the JSON document `insertRows` sends. */
function rowOf(record: StatementRecord) {
  return {
    id: record.id,
    actor_key: record.actorKey,
    actor_type: record.actorType,
    verb_id: record.verbId,
    object_type: record.objectType,
    object_id: record.objectId,
    registration: record.registration,
    timestamp: record.timestamp.toISOString(),
    stored: record.stored.toISOString(),
    credential_id: record.credentialId,
    payload: record.payload,
    agents: record.links.agents.map((link) => ({ actor_key: link.actorKey, role: link.role })),
    activities: record.links.activities.map((link) => ({
      activity_id: link.activityId,
      role: link.role,
    })),
  };
}
