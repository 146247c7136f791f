import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A login session. The bearer token itself is never stored, only its SHA-256,
 * so a copy of the database does not hand out live sessions.
 */
@Entity({ name: 'sessions' })
@Index('ix_sessions_expires_at', ['expiresAt'])
@Index('ix_sessions_user_id', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text', primaryKeyConstraintName: 'pk_sessions' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
