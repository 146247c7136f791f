import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fact: this actor made at least one counting statement attributed to this
 * course (`''`: no course) on this local date of the reporting time zone.
 * `users` for any period and course filter is a distinct count over a date
 * range of this table, never a scan of raw statements.
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

  @PrimaryColumn({
    name: 'course_id',
    type: 'text',
    primaryKeyConstraintName: 'pk_actor_activity_days',
  })
  courseId!: string;

  /**
   * The earliest `stored` of those statements: the day exists for a cut-off
   * at or after it (spec section 1, late data never changes an earlier figure).
   */
  @Column({ name: 'first_stored', type: 'timestamptz' })
  firstStored!: Date;
}
