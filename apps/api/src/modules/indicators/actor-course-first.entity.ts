import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fact: the first counting statement of a role (enrolment or completion)
 * with which an actor is attributed to a course (spec sections 3 to 5). A
 * person's first ever is the earliest over their actor keys, taken when a
 * figure is computed, so a registry import needs no rebuild; a catalogue
 * change does (attribution depends on it).
 */
@Entity({ name: 'actor_course_firsts' })
export class ActorCourseFirstEntity {
  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_actor_course_firsts',
  })
  actorKey!: string;

  @PrimaryColumn({
    name: 'course_id',
    type: 'text',
    primaryKeyConstraintName: 'pk_actor_course_firsts',
  })
  courseId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_actor_course_firsts' })
  role!: 'enrolment' | 'completion';

  /** Whether the course is in the catalogue or is the statement's own activity (spec section 3). */
  @Column({ type: 'boolean' })
  catalogued!: boolean;

  @Column({ name: 'first_timestamp', type: 'timestamptz' })
  firstTimestamp!: Date;

  /** The local date of first_timestamp in the reporting time zone. */
  @Column({ name: 'first_date', type: 'date' })
  firstDate!: string;

  /** Why: evidence and re-derivation later need the statement behind a fact. */
  @Column({ name: 'first_seq', type: 'bigint' })
  firstSeq!: string;
}
