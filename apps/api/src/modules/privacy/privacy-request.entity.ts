import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const PRIVACY_REQUEST_KINDS = ['restriction', 'erasure'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

/** Stored states: a restriction is active until lifted; an erasure is pending until executed. */
export const PRIVACY_REQUEST_STATUSES = ['active', 'lifted', 'pending', 'executed'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

/** How the request named its data subject: never the e-mail or account itself. */
export const SUBJECT_NAMINGS = ['person', 'email', 'account'] as const;
export type SubjectNaming = (typeof SUBJECT_NAMINGS)[number];

/**
 * A data subject's request (GDPR art. 17 erasure, art. 18 restriction) as an
 * admin recorded it: who, when, under which reference, and how it stands.
 * The actor keys it covers are in `privacy_request_keys` (ADR 0013).
 */
@Entity({ name: 'privacy_requests' })
@Index('ix_privacy_requests_kind_status', ['kind', 'status'])
@Index('ix_privacy_requests_recorded_at', ['recordedAt'])
@Check('ck_privacy_requests_kind', `kind IN ('restriction', 'erasure')`)
@Check(
  'ck_privacy_requests_status',
  `(kind = 'restriction' AND status IN ('active', 'lifted')) OR (kind = 'erasure' AND status IN ('pending', 'executed'))`,
)
@Check('ck_privacy_requests_named_by', `named_by IN ('person', 'email', 'account')`)
@Check(
  'ck_privacy_requests_lifted',
  `(status = 'lifted') = (lifted_at IS NOT NULL AND lifted_by_id IS NOT NULL AND lifted_by_email IS NOT NULL)`,
)
@Check('ck_privacy_requests_executed', `(status = 'executed') = (executed_at IS NOT NULL)`)
@Check(
  'ck_privacy_requests_anonymous_key',
  `(kind = 'erasure' AND status = 'pending') = (anonymous_key IS NOT NULL)`,
)
@Check('ck_privacy_requests_reference', `length(trim(reference)) > 0`)
export class PrivacyRequestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_privacy_requests' })
  id!: string;

  @Column({ type: 'text' })
  kind!: PrivacyRequestKind;

  @Column({ type: 'text' })
  status!: PrivacyRequestStatus;

  @Column({ name: 'named_by', type: 'text' })
  namedBy!: SubjectNaming;

  /** The registry's person, when the subject is one; a restriction follows all their keys. */
  @Column({ name: 'person_id', type: 'text', nullable: true })
  personId!: string | null;

  /** The data subject request's own number or note, as the admin wrote it. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @Column({ name: 'recorded_by_email', type: 'text' })
  recordedByEmail!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'lifted_by_id', type: 'uuid', nullable: true })
  liftedById!: string | null;

  @Column({ name: 'lifted_by_email', type: 'text', nullable: true })
  liftedByEmail!: string | null;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;

  /**
   * The `erased:<uuid>` key a pending erasure will give the person, chosen
   * when it is recorded so that a retried job writes the same one; cleared
   * when executed, so nothing links the anonymous key to this request.
   */
  @Column({ name: 'anonymous_key', type: 'text', nullable: true })
  anonymousKey!: string | null;

  @Column({ name: 'executed_at', type: 'timestamptz', nullable: true })
  executedAt!: Date | null;

  /** How many stored statements the erasure made anonymous. */
  @Column({ name: 'erased_statements', type: 'integer', nullable: true })
  erasedStatements!: number | null;
}
