import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fact: this actor made at least one counting statement on this local date
 * (reporting time zone). `users` for any period is a distinct count over a
 * date range of this table, never a scan of raw statements.
 */
@Entity({ name: 'actor_activity_days' })
export class ActorActivityDayEntity {
  @PrimaryColumn({
    name: 'activity_date',
    type: 'date',
    primaryKeyConstraintName: 'pk_actor_activity_days',
  })
  activityDate!: string;

  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_actor_activity_days',
  })
  actorKey!: string;

  /** Why: evidence and re-derivation later need the statements behind a fact. */
  @Column({ name: 'first_statement_seq', type: 'bigint' })
  firstStatementSeq!: string;
}
