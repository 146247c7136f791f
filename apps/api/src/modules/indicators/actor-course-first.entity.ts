import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fact: a counting statement of a role (enrolment or completion) with which
 * an actor is attributed to a course, kept when it is the first ever for
 * some cut-off: no other statement of the pair is both earlier (timestamp)
 * and stored no later. Usually one row per pair; late data that backdates a
 * first adds one. The first ever at cut-off C is the earliest row stored by
 * C (ADR 0009). A person's first ever is the earliest over their actor keys,
 * taken when a figure is computed, so a registry import needs no rebuild; a
 * catalogue change does (attribution depends on it).
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

  /** The statement behind the fact, for evidence. */
  @PrimaryColumn({
    name: 'first_seq',
    type: 'bigint',
    primaryKeyConstraintName: 'pk_actor_course_firsts',
  })
  firstSeq!: string;

  /** Whether the course is in the catalogue or is the statement's own activity (spec section 3). */
  @Column({ type: 'boolean' })
  catalogued!: boolean;

  @Column({ name: 'first_timestamp', type: 'timestamptz' })
  firstTimestamp!: Date;

  /** The local date of first_timestamp in the reporting time zone. */
  @Column({ name: 'first_date', type: 'date' })
  firstDate!: string;

  @Column({ name: 'first_stored', type: 'timestamptz' })
  firstStored!: Date;
}
