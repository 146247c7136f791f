import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MONEY_KINDS, type MoneyKind } from './money.js';
import { OperationEntity } from './operation.entity.js';

/**
 * One dated money figure of an operation. Figures are only ever added: a
 * revision is a new row, and the current value of a kind is its latest-dated
 * figure (money.ts), so every earlier report stays explainable.
 */
@Entity({ name: 'operation_figures' })
@Index('ix_operation_figures_operation_id_kind_as_of', ['operationId', 'kind', 'asOf'])
@Check(
  'ck_operation_figures_kind',
  `kind IN (${MONEY_KINDS.map((kind) => `'${kind}'`).join(', ')})`,
)
@Check(
  'ck_operation_figures_amount',
  `amount >= 0 AND (kind <> 'cofinancing_rate' OR amount <= 100)`,
)
export class OperationFigureEntity {
  /** Arrival order; breaks the tie between two figures of one kind and date. */
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_operation_figures',
  })
  id!: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  @ForeignKey(() => OperationEntity, { name: 'fk_operation_figures_operation_id' })
  operationId!: string;

  @Column({ type: 'text' })
  kind!: MoneyKind;

  /** EUR, or for `cofinancing_rate` a percentage (50.00 means 50 %). */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  /** The date the figure is valid at (YYYY-MM-DD), not the date it was typed in. */
  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  /** Where the figure comes from (resolution, certification, payment order). */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** The user who entered it. */
  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;
}
