import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const INDICATOR_TYPES = ['output', 'result'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

/**
 * How an indicator's value is obtained (spec section 6): distinct users from
 * the operation's start to each year end, distinct users within each calendar
 * year, or a value entered by hand.
 */
export const AGGREGATION_RULES = ['cumulative_distinct', 'annual_distinct', 'manual'] as const;
export type AggregationRule = (typeof AGGREGATION_RULES)[number];

/**
 * An entry of the indicator catalogue. Baselines, milestones and targets are
 * not here: in ERDF they are set per operation (operation_indicators).
 */
@Entity({ name: 'indicator_definitions' })
@Check(
  'ck_indicator_definitions_type',
  `type IN (${INDICATOR_TYPES.map((type) => `'${type}'`).join(', ')})`,
)
@Check(
  'ck_indicator_definitions_aggregation_rule',
  `aggregation_rule IN (${AGGREGATION_RULES.map((rule) => `'${rule}'`).join(', ')})`,
)
export class IndicatorDefinitionEntity {
  /** The code of the regulation or programme (E024, RCR11); it never changes. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_indicator_definitions' })
  code!: string;

  @Column({ type: 'text' })
  type!: IndicatorType;

  @Column({ name: 'name_ca', type: 'text' })
  nameCa!: string;

  @Column({ name: 'name_es', type: 'text' })
  nameEs!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  /** users, users/year, institutions ... */
  @Column({ type: 'text' })
  unit!: string;

  @Column({ name: 'aggregation_rule', type: 'text' })
  aggregationRule!: AggregationRule;

  /** Programming period, source of the definition, caveats. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
