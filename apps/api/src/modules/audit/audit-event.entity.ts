import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditDetails } from './audit-actions.js';

/**
 * Who saw or changed what, and when (issue 9): one row per audited request.
 * The user's e-mail and role are kept as they were at the time, so the log
 * reads the same after an account changes. Rows are never edited or deleted
 * (a trigger refuses it); `details` holds ids and codes, never personal data.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_at', ['at'])
@Index('ix_audit_events_user', ['userId', 'at'])
@Index('ix_audit_events_action', ['action', 'at'])
@Check('ck_audit_events_details_size', `octet_length(details::text) <= 2048`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    name: 'id',
    primaryKeyConstraintName: 'pk_audit_events',
  })
  id!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** Null for a refused login that named no account. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'user_email', type: 'text', nullable: true })
  userEmail!: string | null;

  @Column({ name: 'user_role', type: 'text', nullable: true })
  userRole!: string | null;

  /** One of AUDIT_ACTIONS. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: AuditDetails;

  /** As Express saw it (`trust proxy` set for a local reverse proxy). */
  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress!: string | null;
}
