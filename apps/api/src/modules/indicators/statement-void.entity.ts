import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A statement voided by a void the facts have consumed, with the earliest
 * `stored` of the voids naming it: at cut-off C it is voided when that is at
 * or before C (spec section 1). Maintained by the refresh, like the facts.
 */
@Entity({ name: 'statement_voids' })
export class StatementVoidEntity {
  @PrimaryColumn({
    name: 'target_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_statement_voids',
  })
  targetId!: string;

  @Column({ name: 'void_stored', type: 'timestamptz' })
  voidStored!: Date;
}
