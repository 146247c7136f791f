import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An actor key a privacy request covers (spec section 2). A restriction's
 * keys stay while it is active; an erasure's are deleted when it is executed.
 */
@Entity({ name: 'privacy_request_keys' })
@Index('ix_privacy_request_keys_actor_key', ['actorKey'])
export class PrivacyRequestKeyEntity {
  @PrimaryColumn({
    name: 'request_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_privacy_request_keys',
  })
  requestId!: string;

  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_privacy_request_keys',
  })
  actorKey!: string;
}
