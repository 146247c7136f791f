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
   * same transaction.
   */
  insertBatch(
    records: StatementRecord[],
    decide: (outcome: InsertOutcome) => void,
    alsoStore?: (manager: EntityManager) => Promise<void>,
  ): Promise<InsertOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // One INSERT from parallel arrays: a 10,000-statement batch stays one round trip.
      const rows: { seq: string; id: string }[] = await manager.query(
        `INSERT INTO statements (id, actor_key, actor_type, verb_id, object_type, object_id, registration,
                                 timestamp, stored, credential_id, payload)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                              $8::timestamptz[], $9::timestamptz[], $10::uuid[], $11::jsonb[])
         ON CONFLICT (id) DO NOTHING
         RETURNING seq, id`,
        columnsOf(records),
      );
      const inserted = rows.map((row) => row.id);
      const seqOf = new Map(rows.map((row) => [row.id, row.seq]));
      const fresh = records.filter((record) => seqOf.has(record.id));
      await this.insertLinks(manager, fresh, seqOf);
      await this.applyVoids(manager, fresh);
      const insertedSet = new Set(inserted);
      const clashing = records.map((r) => r.id).filter((id) => !insertedSet.has(id));
      const existing = new Map<string, Statement>();
      if (clashing.length > 0) {
        const rows = await manager.getRepository(StatementEntity).find({
          select: { id: true, payload: true },
          where: { id: In(clashing) },
        });
        for (const row of rows) existing.set(row.id, row.payload);
      }
      const outcome = { inserted, existing };
      decide(outcome);
      await alsoStore?.(manager);
      // The Activities resource serves the definitions these statements bring.
      await this.activities.upsertDefinitions(
        manager,
        fresh.flatMap((record) => activitiesOf(record.payload)),
      );
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
   */
  async query(query: StatementQuery, cursor?: QueryCursor): Promise<StoredStatement[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const filters: string[] = [];
    if (query.agentKey) {
      const roles = query.relatedAgents ? [...AGENT_ROLES] : ['actor', 'object'];
      filters.push(
        `s.seq IN (SELECT seq FROM statement_agents WHERE actor_key = ${param(query.agentKey)} AND role = ANY(${param(roles)}))`,
      );
    }
    if (query.activity) {
      const roles = query.relatedActivities ? [...ACTIVITY_ROLES] : ['object'];
      filters.push(
        `s.seq IN (SELECT seq FROM statement_activities WHERE activity_id = ${param(query.activity)} AND role = ANY(${param(roles)}))`,
      );
    }
    if (query.verb) filters.push(`s.verb_id = ${param(query.verb)}`);
    if (query.registration) filters.push(`s.registration = ${param(query.registration)}`);

    const page: string[] = ['NOT s.voided'];
    if (query.storedBy) page.push(`s.credential_id = ${param(query.storedBy)}`);
    if (query.since) page.push(`s.stored > ${param(query.since.toISOString())}`);
    if (query.until) page.push(`s.stored <= ${param(query.until.toISOString())}`);
    const direction = query.ascending ? 'ASC' : 'DESC';
    if (cursor) {
      page.push(
        `(s.stored, s.seq) ${query.ascending ? '>' : '<'} (${param(cursor.stored)}::timestamptz, ${param(cursor.seq)}::bigint)`,
      );
    }
    const matched =
      filters.length === 0
        ? ''
        : `WITH RECURSIVE matched(seq, id) AS (
             SELECT s.seq, s.id FROM statements s WHERE ${filters.join(' AND ')}
             UNION
             SELECT r.seq, r.id FROM statements r JOIN matched m
               ON r.object_type = 'StatementRef' AND r.object_id = m.id::text
           )`;
    if (filters.length > 0) page.push('s.seq IN (SELECT seq FROM matched)');
    return this.dataSource.query(
      `${matched}
       SELECT s.seq::text AS seq, s.payload, s.voided, s.stored FROM statements s
       WHERE ${page.join(' AND ')}
       ORDER BY s.stored ${direction}, s.seq ${direction}
       LIMIT ${param(query.limit + 1)}`,
      params,
    );
  }

  private async insertLinks(
    manager: EntityManager,
    records: StatementRecord[],
    seqOf: Map<string, string>,
  ): Promise<void> {
    const agents = records.flatMap((r) =>
      r.links.agents.map((link) => ({ seq: seqOf.get(r.id), ...link })),
    );
    const activities = records.flatMap((r) =>
      r.links.activities.map((link) => ({ seq: seqOf.get(r.id), ...link })),
    );
    if (agents.length > 0) {
      await manager.query(
        `INSERT INTO statement_agents (seq, actor_key, role) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])`,
        [agents.map((a) => a.seq), agents.map((a) => a.actorKey), agents.map((a) => a.role)],
      );
    }
    if (activities.length > 0) {
      await manager.query(
        `INSERT INTO statement_activities (seq, activity_id, role) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])`,
        [
          activities.map((a) => a.seq),
          activities.map((a) => a.activityId),
          activities.map((a) => a.role),
        ],
      );
    }
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

function columnsOf(records: StatementRecord[]): unknown[] {
  return [
    records.map((r) => r.id),
    records.map((r) => r.actorKey),
    records.map((r) => r.actorType),
    records.map((r) => r.verbId),
    records.map((r) => r.objectType),
    records.map((r) => r.objectId),
    records.map((r) => r.registration),
    records.map((r) => r.timestamp.toISOString()),
    records.map((r) => r.stored.toISOString()),
    records.map((r) => r.credentialId),
    records.map((r) => JSON.stringify(r.payload)),
  ];
}
