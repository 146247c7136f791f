import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { anonymiseStatement, anonymousAgent, uuidOfAnonymousKey } from './anonymous-statement.js';
import { PrivacyRequestKeyEntity } from './privacy-request-key.entity.js';
import { PrivacyRequestEntity } from './privacy-request.entity.js';

/** An operation whose period holds some of a person's activity, with its retention. */
export interface OverlappingOperation {
  operationId: string;
  code: string;
  retentionUntil: string | null;
  legalBasis: string | null;
}

export type PrivacyRequestRow = PrivacyRequestEntity & { actorKeys: number };

export interface ErasureOutcome {
  statements: number;
  documents: number;
  persons: number;
}

/** Statements rewritten per round trip during an erasure. */
const STATEMENT_BATCH = 500;

/** Privacy requests, and the one transaction that carries out an erasure (ADR 0013). */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The actor keys the registry gives the person; null when it has no such person. */
  async keysOfPerson(personId: string): Promise<string[] | null> {
    const rows: { keys: string[] }[] = await this.dataSource.query(
      `SELECT coalesce(array_agg(i.actor_key ORDER BY i.actor_key)
                       FILTER (WHERE i.actor_key IS NOT NULL), '{}') AS keys
       FROM persons p LEFT JOIN person_identifiers i USING (person_id)
       WHERE p.person_id = $1 GROUP BY p.person_id`,
      [personId],
    );
    return rows[0]?.keys ?? null;
  }

  async personOfKey(actorKey: string): Promise<string | null> {
    const rows: { person_id: string }[] = await this.dataSource.query(
      `SELECT person_id FROM person_identifiers WHERE actor_key = $1`,
      [actorKey],
    );
    return rows[0]?.person_id ?? null;
  }

  /** Whether Fita holds anything under the key: a statement naming it or an agent document. */
  async keyIsUsed(actorKey: string): Promise<boolean> {
    const rows: { used: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM statement_agents WHERE actor_key = $1)
           OR EXISTS (SELECT 1 FROM documents WHERE agent_key = $1) AS used`,
      [actorKey],
    );
    return rows[0]?.used === true;
  }

  async insert(request: PrivacyRequestEntity, actorKeys: readonly string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PrivacyRequestEntity).insert(request);
      if (actorKeys.length > 0) {
        await manager
          .getRepository(PrivacyRequestKeyEntity)
          .insert(actorKeys.map((actorKey) => ({ requestId: request.id, actorKey })));
      }
    });
  }

  /** Every request, newest first, with how many actor keys it covers. */
  async list(): Promise<PrivacyRequestRow[]> {
    const requests = await this.dataSource
      .getRepository(PrivacyRequestEntity)
      .find({ order: { recordedAt: 'DESC', id: 'ASC' } });
    const counts: { request_id: string; n: number }[] = await this.dataSource.query(
      `SELECT request_id, count(*)::int AS n FROM privacy_request_keys GROUP BY request_id`,
    );
    const byRequest = new Map(counts.map((row) => [row.request_id, row.n]));
    return requests.map((request) =>
      Object.assign(request, { actorKeys: byRequest.get(request.id) ?? 0 }),
    );
  }

  async find(id: string): Promise<PrivacyRequestRow | null> {
    const request = await this.dataSource.getRepository(PrivacyRequestEntity).findOneBy({ id });
    if (!request) return null;
    const keys = await this.dataSource
      .getRepository(PrivacyRequestKeyEntity)
      .countBy({ requestId: id });
    return Object.assign(request, { actorKeys: keys });
  }

  /** Lifts an active restriction; false when the request is no active restriction. */
  async lift(id: string, by: { id: string; email: string }, at: Date): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(PrivacyRequestEntity)
      .update(
        { id, kind: 'restriction', status: 'active' },
        { status: 'lifted', liftedById: by.id, liftedByEmail: by.email, liftedAt: at },
      );
    return (result.affected ?? 0) > 0;
  }

  pendingErasures(): Promise<PrivacyRequestEntity[]> {
    return this.dataSource
      .getRepository(PrivacyRequestEntity)
      .find({ where: { kind: 'erasure', status: 'pending' }, order: { recordedAt: 'ASC' } });
  }

  /**
   * The operations whose period holds a day (in the reporting time zone) on
   * which a statement names one of the person's keys, in the request's keys
   * and their person's keys as the registry has them now.
   */
  async operationsOverlapping(
    request: Pick<PrivacyRequestEntity, 'id' | 'personId'>,
    timeZone: string,
  ): Promise<OverlappingOperation[]> {
    return this.dataSource.query(
      `WITH ${SUBJECT_KEYS},
       activity AS (
         SELECT DISTINCT (s.timestamp AT TIME ZONE $3)::date AS day
         FROM statement_agents a JOIN statements s ON s.seq = a.seq
         WHERE a.actor_key IN (SELECT actor_key FROM subject_keys)
       )
       SELECT o.id AS "operationId", o.code, o.retention_until::text AS "retentionUntil",
              o.legal_basis AS "legalBasis"
       FROM operations o
       WHERE EXISTS (SELECT 1 FROM activity WHERE day BETWEEN o.start_date AND o.end_date)
       ORDER BY o.code`,
      [request.id, request.personId, timeZone],
    );
  }

  /**
   * Carries out a pending erasure in one transaction, so a killed job leaves
   * the old state or the new one, never half of each; a request no longer
   * pending (a retry after success) changes nothing and answers null. Takes
   * the facts' watermark row first: a fact refresh, which locks it too,
   * never sees the person half-renamed.
   */
  executeErasure(id: string, at: Date): Promise<ErasureOutcome | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM indicator_watermarks WHERE name = 'facts' FOR UPDATE`);
      const request = await manager
        .getRepository(PrivacyRequestEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request || request.kind !== 'erasure' || request.status !== 'pending') return null;
      const anonymousKey = request.anonymousKey as string;
      const [subject]: { keys: string[]; persons: string[] }[] = await manager.query(
        `WITH ${SUBJECT_KEYS}
         SELECT coalesce((SELECT array_agg(actor_key) FROM subject_keys), '{}') AS keys,
                coalesce((SELECT array_agg(person_id) FROM subject_persons), '{}') AS persons`,
        [request.id, request.personId],
      );
      if (subject === undefined) throw new Error('expected one row of subject keys');
      const keys = subject.keys.filter((key) => key !== anonymousKey);
      const statements = await anonymiseStatements(manager, keys, anonymousKey);
      await replaceKeys(manager, keys, anonymousKey, request.id);
      const documents: { n: number }[] = await manager.query(
        `WITH gone AS (DELETE FROM documents WHERE agent_key = ANY($1::text[]) RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [keys],
      );
      const persons: { n: number }[] = await manager.query(
        `WITH identities AS (DELETE FROM learner_identities WHERE actor_key = ANY($1::text[]) RETURNING 1),
              identifiers AS (
                DELETE FROM person_identifiers
                WHERE actor_key = ANY($1::text[]) OR person_id = ANY($2::text[]) RETURNING 1),
              gone AS (DELETE FROM persons WHERE person_id = ANY($2::text[]) RETURNING 1)
         SELECT (SELECT count(*) FROM gone)::int AS n,
                (SELECT count(*) FROM identities) + (SELECT count(*) FROM identifiers) AS identities`,
        [keys, subject.persons],
      );
      await manager.getRepository(PrivacyRequestEntity).update(
        { id: request.id },
        {
          status: 'executed',
          executedAt: at,
          // Nothing may link the anonymous key back to the request and its person.
          anonymousKey: null,
          erasedStatements: statements,
        },
      );
      return { statements, documents: documents[0]?.n ?? 0, persons: persons[0]?.n ?? 0 };
    });
  }
}

/**
 * CTEs `subject_persons` and `subject_keys` for request $1 naming person $2:
 * the request's own keys and person, every person the registry gives one of
 * those keys, and every key of those persons.
 */
const SUBJECT_KEYS = `subject_persons AS (
    SELECT $2::text AS person_id WHERE $2::text IS NOT NULL
    UNION
    SELECT i.person_id FROM privacy_request_keys k
    JOIN person_identifiers i ON i.actor_key = k.actor_key WHERE k.request_id = $1
  ),
  subject_keys AS (
    SELECT actor_key FROM privacy_request_keys WHERE request_id = $1
    UNION
    SELECT actor_key FROM person_identifiers WHERE person_id IN (SELECT person_id FROM subject_persons)
  )`;

/** Rewrites every stored statement naming one of the keys; returns how many. */
async function anonymiseStatements(
  manager: EntityManager,
  keys: readonly string[],
  anonymousKey: string,
): Promise<number> {
  if (keys.length === 0) return 0;
  const erased = new Set(keys);
  const agent = anonymousAgent(uuidOfAnonymousKey(anonymousKey));
  const seqs: { seq: string }[] = await manager.query(
    `SELECT DISTINCT seq::text AS seq FROM statement_agents WHERE actor_key = ANY($1::text[]) ORDER BY 1`,
    [keys],
  );
  const signatures = new Set<string>();
  for (let start = 0; start < seqs.length; start += STATEMENT_BATCH) {
    const batch = seqs.slice(start, start + STATEMENT_BATCH).map((row) => row.seq);
    const rows: { seq: string; payload: unknown }[] = await manager.query(
      `SELECT seq::text AS seq, payload FROM statements WHERE seq = ANY($1::bigint[])`,
      [batch],
    );
    const rewritten = rows.map((row) => {
      const result = anonymiseStatement(row.payload, erased, agent);
      for (const sha2 of result.droppedSignatures) signatures.add(sha2);
      return { seq: row.seq, payload: JSON.stringify(result.payload) };
    });
    await manager.query(
      `UPDATE statements s
       SET payload = u.payload::jsonb,
           actor_key = CASE WHEN s.actor_key = ANY($3::text[]) THEN $4 ELSE s.actor_key END
       FROM unnest($1::bigint[], $2::text[]) AS u(seq, payload)
       WHERE s.seq = u.seq`,
      [rewritten.map((row) => row.seq), rewritten.map((row) => row.payload), keys, anonymousKey],
    );
  }
  if (signatures.size > 0) {
    // A signature is a JWS of one statement as it was signed: no other statement shares it.
    await manager.query(`DELETE FROM attachments WHERE sha2 = ANY($1::text[])`, [[...signatures]]);
  }
  return seqs.length;
}

/**
 * The person's keys become the anonymous key wherever keys are stored: the
 * agent index, the indicator facts (merged as a fact refresh would have
 * written them for one actor, so the figures stay as they were) and other
 * requests that name them (an active restriction keeps applying).
 */
async function replaceKeys(
  manager: EntityManager,
  keys: readonly string[],
  anonymousKey: string,
  requestId: string,
): Promise<void> {
  if (keys.length === 0) return;
  const parameters = [keys, anonymousKey];
  await manager.query(
    `INSERT INTO statement_agents (seq, actor_key, role)
     SELECT DISTINCT seq, $2, role FROM statement_agents WHERE actor_key = ANY($1::text[])
     ON CONFLICT DO NOTHING`,
    parameters,
  );
  await manager.query(`DELETE FROM statement_agents WHERE actor_key = ANY($1::text[])`, [keys]);
  await manager.query(
    `INSERT INTO actor_activity_days (activity_date, actor_key, course_id, first_stored)
     SELECT activity_date, $2, course_id, min(first_stored)
     FROM actor_activity_days WHERE actor_key = ANY($1::text[])
     GROUP BY activity_date, course_id
     ON CONFLICT ON CONSTRAINT pk_actor_activity_days DO UPDATE
       SET first_stored = LEAST(actor_activity_days.first_stored, EXCLUDED.first_stored)`,
    parameters,
  );
  await manager.query(`DELETE FROM actor_activity_days WHERE actor_key = ANY($1::text[])`, [keys]);
  await manager.query(
    `UPDATE actor_course_firsts SET actor_key = $2 WHERE actor_key = ANY($1::text[])`,
    parameters,
  );
  // Two keys' firsts for one course are now one actor's: keep only rows that
  // are first for some cut-off (none earlier in time stored no later, ADR 0009).
  await manager.query(
    `DELETE FROM actor_course_firsts f
     WHERE f.actor_key = $1 AND EXISTS (
       SELECT 1 FROM actor_course_firsts g
       WHERE g.actor_key = $1 AND g.course_id = f.course_id AND g.role = f.role
         AND (g.first_timestamp, g.first_stored, g.first_seq) < (f.first_timestamp, f.first_stored, f.first_seq)
         AND g.first_stored <= f.first_stored)`,
    [anonymousKey],
  );
  await manager.query(
    `INSERT INTO privacy_request_keys (request_id, actor_key)
     SELECT DISTINCT request_id, $2 FROM privacy_request_keys
     WHERE actor_key = ANY($1::text[]) AND request_id <> $3
     ON CONFLICT DO NOTHING`,
    [keys, anonymousKey, requestId],
  );
  await manager.query(`DELETE FROM privacy_request_keys WHERE actor_key = ANY($1::text[])`, [keys]);
}
