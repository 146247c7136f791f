import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many rejections each reason has had in all, kept when old rejections are pruned. */
@Entity({ name: 'statement_rejection_counts' })
export class StatementRejectionCountEntity {
  @PrimaryColumn({
    name: 'reason_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_statement_rejection_counts',
  })
  reasonCode!: string;

  @Column({ type: 'bigint' })
  rejections!: string;

  @Column({ name: 'last_rejected_at', type: 'timestamptz' })
  lastRejectedAt!: Date;
}
