import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Statements stored but not yet consumed by the indicator facts. A trigger on
 * `statements` fills it in the inserting transaction; the refresh job takes
 * rows out in the transaction that updates the facts. Unlike a watermark on
 * `seq`, nothing is missed when transactions commit out of `seq` order, and
 * ingestion never waits for the refresh (docs/adr/0005).
 */
@Entity({ name: 'statement_inbox' })
export class StatementInboxEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_statement_inbox' })
  seq!: string;
}
