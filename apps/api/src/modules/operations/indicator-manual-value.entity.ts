import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OperationIndicatorEntity } from './operation-indicator.entity.js';

/** The cells of a breakdown by sex, as spec section 5 names them. */
export const SEX_KEYS = ['woman', 'man', 'non_binary', 'unknown'] as const;
export type SexKey = (typeof SEX_KEYS)[number];

/**
 * A value entered by hand for an operation's `manual` indicator, with its date
 * and source. The breakdown by sex is optional; when given it is complete and
 * adds up to the total (spec section 6), so it can never contradict it.
 * Values are only added: a correction is a later row.
 */
@Entity({ name: 'indicator_manual_values' })
@ForeignKey(
  () => OperationIndicatorEntity,
  ['operationId', 'indicatorCode'],
  ['operationId', 'indicatorCode'],
  { name: 'fk_indicator_manual_values_operation_indicator' },
)
@Index('ix_indicator_manual_values_operation_indicator', ['operationId', 'indicatorCode', 'asOf'])
@Check(
  'ck_indicator_manual_values_by_sex',
  [
    'value >= 0',
    `((value_woman IS NULL AND value_man IS NULL AND value_non_binary IS NULL AND value_unknown IS NULL)` +
      ` OR (value_woman >= 0 AND value_man >= 0 AND value_non_binary >= 0 AND value_unknown >= 0` +
      ` AND value_woman + value_man + value_non_binary + value_unknown = value))`,
  ].join(' AND '),
)
export class IndicatorManualValueEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_indicator_manual_values',
  })
  id!: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId!: string;

  @Column({ name: 'indicator_code', type: 'text' })
  indicatorCode!: string;

  /** The date the value is valid at (YYYY-MM-DD). */
  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  value!: string;

  @Column({ name: 'value_woman', type: 'numeric', precision: 14, scale: 2, nullable: true })
  valueWoman!: string | null;

  @Column({ name: 'value_man', type: 'numeric', precision: 14, scale: 2, nullable: true })
  valueMan!: string | null;

  @Column({ name: 'value_non_binary', type: 'numeric', precision: 14, scale: 2, nullable: true })
  valueNonBinary!: string | null;

  @Column({ name: 'value_unknown', type: 'numeric', precision: 14, scale: 2, nullable: true })
  valueUnknown!: string | null;

  /** Where the value comes from (a register, a signed statement); required. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;
}
