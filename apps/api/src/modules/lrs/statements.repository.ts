import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Statement } from '@fita/xapi';
import { In, type DataSource } from 'typeorm';
import type { StatementRecord } from './statement-record.js';
import { StatementEntity } from './statement.entity.js';

/**
 * Ingestion holds this lock shared for its whole transaction; the indicator
 * refresh takes it exclusively for an instant to learn the highest `seq` below
 * which every statement has committed (sequence values are handed out before
 * commit, so a lower `seq` can still become visible after a higher one).
 */
export const INGEST_LOCK_SQL = `hashtext('fita.statements.ingest')`;

export interface InsertOutcome {
  inserted: string[];
  /** Ids that were already stored, with the statement stored under each. */
  existing: Map<string, Statement>;
}

@Injectable()
export class StatementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the batch in one transaction. `decide` sees the ids already stored
   * and may throw to abort, in which case nothing of the batch is kept.
   */
  insertBatch(
    records: StatementRecord[],
    decide: (outcome: InsertOutcome) => void,
  ): Promise<InsertOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock_shared(${INGEST_LOCK_SQL})`);
      // One INSERT from parallel arrays: a 10,000-statement batch stays one round trip.
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO statements (id, actor_key, actor_type, verb_id, object_type, object_id, registration,
                                 timestamp, stored, credential_id, payload)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                              $8::timestamptz[], $9::timestamptz[], $10::uuid[], $11::jsonb[])
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        columnsOf(records),
      );
      const inserted = rows.map((row) => row.id);
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
      return outcome;
    });
  }

  async findById(id: string): Promise<Statement | null> {
    const row = await this.dataSource
      .getRepository(StatementEntity)
      .findOne({ select: { payload: true }, where: { id: id.toLowerCase() } });
    return row?.payload ?? null;
  }
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
