import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Statement } from '@fita/xapi';

/**
 * A stored xAPI statement: the exact JSON as accepted plus the columns the LRS
 * filters and the indicator engine read. `seq` orders statements by arrival
 * and is the indicator engine's watermark.
 */
@Entity({ name: 'statements' })
// Each index serves a query named in docs/adr/0007; agents and activities are
// found through statement_agents and statement_activities.
@Index('ux_statements_id', ['id'], { unique: true })
@Index('ix_statements_stored_seq', ['stored', 'seq'])
@Index('ix_statements_verb_id', ['verbId'])
@Index('ix_statements_registration', ['registration'], { where: 'registration IS NOT NULL' })
@Index('ix_statements_statement_ref', ['objectId'], { where: `object_type = 'StatementRef'` })
// Group actors are skipped by the indicators and counted by the data quality view.
@Index('ix_statements_group_actor', ['seq'], { where: `actor_type = 'Group'` })
export class StatementEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    name: 'seq',
    primaryKeyConstraintName: 'pk_statements',
  })
  seq!: string;

  @Column({ type: 'uuid' })
  id!: string;

  /** Canonical actor key (spec section 2); null for a Group without an IFI. */
  @Column({ name: 'actor_key', type: 'text', nullable: true })
  actorKey!: string | null;

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: 'Agent' | 'Group';

  @Column({ name: 'verb_id', type: 'text' })
  verbId!: string;

  @Column({ name: 'object_type', type: 'text' })
  objectType!: string;

  /** Activity id, referenced statement id, or actor key of an Agent/Group object. */
  @Column({ name: 'object_id', type: 'text', nullable: true })
  objectId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  registration!: string | null;

  @Column({ type: 'timestamptz' })
  timestamp!: Date;

  @Column({ type: 'timestamptz' })
  stored!: Date;

  /** Set when a voiding statement targets this one; voided statements leave every query result. */
  @Column({ type: 'boolean', default: false })
  voided!: boolean;

  @Column({ name: 'credential_id', type: 'uuid' })
  credentialId!: string;

  @Column({ type: 'jsonb' })
  payload!: Statement;
}
