import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { IndicatorDefinitionEntity } from './indicator-definition.entity.js';
import { OperationEntity } from './operation.entity.js';

/**
 * An indicator an operation reports, with that operation's baseline,
 * milestone and target: ERDF sets them per operation in the grant conditions.
 * Each value comes with its year, or neither is given.
 */
@Entity({ name: 'operation_indicators' })
@Index('ix_operation_indicators_indicator_code', ['indicatorCode'])
@Check(
  'ck_operation_indicators_pairs',
  [
    '(baseline_value IS NULL) = (baseline_year IS NULL)',
    '(milestone_value IS NULL) = (milestone_year IS NULL)',
    '(target_value IS NULL) = (target_year IS NULL)',
  ].join(' AND '),
)
export class OperationIndicatorEntity {
  @PrimaryColumn({
    name: 'operation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_operation_indicators',
  })
  @ForeignKey(() => OperationEntity, { name: 'fk_operation_indicators_operation_id' })
  operationId!: string;

  @PrimaryColumn({
    name: 'indicator_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_operation_indicators',
  })
  @ForeignKey(() => IndicatorDefinitionEntity, { name: 'fk_operation_indicators_indicator_code' })
  indicatorCode!: string;

  @Column({ name: 'baseline_value', type: 'numeric', precision: 14, scale: 2, nullable: true })
  baselineValue!: string | null;

  @Column({ name: 'baseline_year', type: 'integer', nullable: true })
  baselineYear!: number | null;

  @Column({ name: 'milestone_value', type: 'numeric', precision: 14, scale: 2, nullable: true })
  milestoneValue!: string | null;

  @Column({ name: 'milestone_year', type: 'integer', nullable: true })
  milestoneYear!: number | null;

  @Column({ name: 'target_value', type: 'numeric', precision: 14, scale: 2, nullable: true })
  targetValue!: string | null;

  @Column({ name: 'target_year', type: 'integer', nullable: true })
  targetYear!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
