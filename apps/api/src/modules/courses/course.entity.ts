import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A catalogue course (spec section 3): statements about its activity id count for it. */
@Entity({ name: 'courses' })
@Check('ck_courses_format', `format IN ('mooc', 'instant', 'masterclass', 'course')`)
@Check('ck_courses_mode', `mode IN ('async', 'sync')`)
@Index('ix_courses_programme', ['programme'])
export class CourseEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'text', primaryKeyConstraintName: 'pk_courses' })
  activityId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  format!: string;

  @Column({ type: 'text' })
  mode!: string;

  @Column({ type: 'text', nullable: true })
  programme!: string | null;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
