import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from './person.entity.js';

/**
 * Which person an actor key belongs to (spec section 2). Indicators resolve
 * actor keys through this table, so they count persons, never see an e-mail.
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

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_person_identifiers_person' })
  person?: PersonEntity;
}
