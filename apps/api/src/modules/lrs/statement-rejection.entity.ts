import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One POST or PUT of statements the LRS refused, among the latest few kept
 * (statement-rejections.repository.ts prunes the rest). Never the body: a
 * refused statement may carry personal data.
 */
@Entity({ name: 'statement_rejections' })
export class StatementRejectionEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    name: 'id',
    primaryKeyConstraintName: 'pk_statement_rejections',
  })
  id!: string;

  @Column({ name: 'rejected_at', type: 'timestamptz' })
  rejectedAt!: Date;

  /** The error code the client was answered with, such as `xapi.invalid_statement`. */
  @Column({ name: 'reason_code', type: 'text' })
  reasonCode!: string;

  /** Where and why, without the values sent; bounded in length. */
  @Column({ type: 'text' })
  message!: string;

  /** The LRS credential that sent it (its key, not its secret). */
  @Column({ name: 'credential_key', type: 'text' })
  credentialKey!: string;
}
