import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The plain identifier behind an actor key (an e-mail address or an LMS
 * account). Kept apart from everything indicators read, and readable by
 * admins only.
 */
@Entity({ name: 'learner_identities' })
export class LearnerIdentityEntity {
  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_learner_identities',
  })
  actorKey!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'account_home_page', type: 'text', nullable: true })
  accountHomePage!: string | null;

  @Column({ name: 'account_name', type: 'text', nullable: true })
  accountName!: string | null;
}
