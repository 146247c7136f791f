import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Recent login attempts of one e-mail address or one client address. The key
 * is a hash: the e-mail field sometimes holds a mistyped password, which
 * should not sit here in clear.
 */
@Entity({ name: 'login_throttles' })
@Index('ix_login_throttles_expires_at', ['expiresAt'])
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_login_throttles' })
  key!: string;

  /** Attempts in the current window, counted when they start, so parallel guesses count too. */
  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  /** When the window and any lock have both ended: from then on the row counts for nothing. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
