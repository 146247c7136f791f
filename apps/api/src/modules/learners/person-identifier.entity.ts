import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which person an actor key belongs to (spec section 2). Indicators resolve
 * actor keys through this table, so they count persons, never see an e-mail.
 * Only the registry import writes it, always with the person in the same
 * transaction; a foreign key's per-row check would slow a million-row import
 * by a fifth and guard nothing more.
 */
@Entity({ name: 'person_identifiers' })
@Index('ix_person_identifiers_person_id', ['personId'])
export class PersonIdentifierEntity {
  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_person_identifiers',
  })
  actorKey!: string;

  @Column({ name: 'person_id', type: 'text' })
  personId!: string;
}
