import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A frozen answer of the indicator engine (spec section 7): the question
 * (period, course filters, age banding, cut-off), what it was computed with
 * (definitions version, time zone, statements seen and their fingerprint) and
 * the whole answer. Rows are never edited: a trigger refuses every update but
 * the one approval, and a correction is a new row naming the one it supersedes.
 */
@Entity({ name: 'snapshots' })
@Index('ix_snapshots_created_at', ['createdAt'])
@Index('ux_snapshots_supersedes', ['supersedes'], { unique: true })
@Check(
  'ck_snapshots_supersede_reason',
  `(supersedes IS NULL) = (supersede_reason IS NULL) AND length(trim(supersede_reason)) > 0`,
)
@Check(
  'ck_snapshots_approval',
  `(approved_at IS NULL) = (approved_by_id IS NULL) AND (approved_at IS NULL) = (approved_by_email IS NULL)`,
)
@Check('ck_snapshots_period', `period_to >= period_from`)
export class SnapshotEntity {
  /** Chosen when the snapshot is asked for, and the id of the job that creates it. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_snapshots' })
  id!: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ type: 'text', nullable: true })
  programme!: string | null;

  @Column({ type: 'text', nullable: true })
  format!: string | null;

  @Column({ type: 'text', nullable: true })
  course!: string | null;

  @Column({ name: 'age_scheme', type: 'text' })
  ageScheme!: string;

  /** The bands of a custom scheme as `lo-hi` labels joined by commas; null for the others. */
  @Column({ name: 'age_bands', type: 'text', nullable: true })
  ageBands!: string | null;

  @Column({ type: 'timestamptz' })
  cutoff!: Date;

  @Column({ name: 'definitions_version', type: 'text' })
  definitionsVersion!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'statement_count', type: 'integer' })
  statementCount!: number;

  /** SHA-256 (hex) of the sorted ids of the counting statements seen (spec section 9). */
  @Column({ type: 'text' })
  fingerprint!: string;

  /**
   * The whole IndicatorsView as computed. `json`, not `jsonb`: json keeps the
   * text as written, so the breakdown cells come back in their display order
   * and the frozen answer is returned exactly as it was produced.
   */
  @Column({ name: 'frozen_view', type: 'json' })
  frozenView!: unknown;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  /** Kept with the id so the audit trail reads the same if the account changes. */
  @Column({ name: 'created_by_email', type: 'text' })
  createdByEmail!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ name: 'approved_by_email', type: 'text', nullable: true })
  approvedByEmail!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** The snapshot this one corrects; each snapshot is superseded at most once. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => SnapshotEntity, { name: 'fk_snapshots_supersedes' })
  supersedes!: string | null;

  @Column({ name: 'supersede_reason', type: 'text', nullable: true })
  supersedeReason!: string | null;
}
