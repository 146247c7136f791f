import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The demo data the first start loaded (or is loading) into this database:
 * how far it got, so an interrupted load resumes on the next start instead
 * of being mistaken for someone's own data.
 */
@Entity({ name: 'demo_loads' })
export class DemoLoadEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_demo_loads' })
  seed!: number;

  /** Lines of the statements file. */
  @Column({ name: 'statement_lines', type: 'integer' })
  statementLines!: number;

  /** Every line before this one is stored. */
  @Column({ name: 'stored_lines', type: 'integer', default: 0 })
  storedLines!: number;

  /** The LRS credential the load uses, revoked when it ends (or by the next start). */
  @Column({ name: 'loader_key', type: 'text', nullable: true })
  loaderKey!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
