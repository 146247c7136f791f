import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many individual rejections are kept; the counts per reason keep the rest. */
export const KEPT_REJECTIONS = 1_000;

export interface NewRejection {
  rejectedAt: Date;
  reasonCode: string;
  message: string;
  credentialKey: string;
}

/** The write side of the LRS's refusals (the data quality view reads them). */
@Injectable()
export class StatementRejectionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records one rejection, counts it under its reason and prunes the oldest
   * beyond KEPT_REJECTIONS, in one statement. The prune sees the table as it
   * was before this insert, hence one fewer kept from it.
   */
  async record(rejection: NewRejection): Promise<void> {
    await this.dataSource.query(
      `WITH added AS (
         INSERT INTO statement_rejections (rejected_at, reason_code, message, credential_key)
         VALUES ($1, $2, $3, $4) RETURNING id
       ), counted AS (
         INSERT INTO statement_rejection_counts (reason_code, rejections, last_rejected_at)
         VALUES ($2, 1, $1)
         ON CONFLICT ON CONSTRAINT pk_statement_rejection_counts DO UPDATE
         SET rejections = statement_rejection_counts.rejections + 1,
             last_rejected_at = greatest(statement_rejection_counts.last_rejected_at,
                                         EXCLUDED.last_rejected_at)
         RETURNING 1
       ), pruned AS (
         DELETE FROM statement_rejections WHERE id <= (
           SELECT id FROM statement_rejections ORDER BY id DESC OFFSET $5 LIMIT 1
         ) RETURNING 1
       )
       SELECT (SELECT count(*) FROM added)::int AS added`,
      [
        rejection.rejectedAt,
        rejection.reasonCode,
        rejection.message,
        rejection.credentialKey,
        KEPT_REJECTIONS - 1,
      ],
    );
  }
}
