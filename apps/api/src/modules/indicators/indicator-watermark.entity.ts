import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How far the fact tables have consumed the statements (by `seq`), and under
 * which definitions: a change of time zone, definitions version or course
 * catalogue makes the refresh rebuild the facts from scratch.
 */
@Entity({ name: 'indicator_watermarks' })
export class IndicatorWatermarkEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_indicator_watermarks' })
  name!: string;

  @Column({ name: 'last_seq', type: 'bigint' })
  lastSeq!: string;

  @Column({ name: 'statements_processed', type: 'bigint' })
  statementsProcessed!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'definitions_version', type: 'text' })
  definitionsVersion!: string;

  /** The course catalogue the facts were attributed with; another one rebuilds them. */
  @Column({ name: 'catalogue_version', type: 'text', default: '' })
  catalogueVersion!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
