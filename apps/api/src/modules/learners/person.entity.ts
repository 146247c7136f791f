import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A learner as the registry describes them: pseudonymous (the registry's own
 * `person_id`) with the demographics funders ask for; null is unknown.
 */
@Entity({ name: 'persons' })
@Check('ck_persons_sex', `sex IN ('woman', 'man', 'non_binary')`)
@Check('ck_persons_isced_level', `isced_level BETWEEN 0 AND 8`)
@Check(
  'ck_persons_employment_status',
  `employment_status IN ('employed', 'self_employed', 'unemployed', 'inactive', 'student')`,
)
export class PersonEntity {
  @PrimaryColumn({ name: 'person_id', type: 'text', primaryKeyConstraintName: 'pk_persons' })
  personId!: string;

  @Column({ type: 'text', nullable: true })
  sex!: string | null;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ name: 'isced_level', type: 'smallint', nullable: true })
  iscedLevel!: number | null;

  @Column({ name: 'employment_status', type: 'text', nullable: true })
  employmentStatus!: string | null;

  @Column({ type: 'text', nullable: true })
  municipality!: string | null;

  @Column({ type: 'text', nullable: true })
  district!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
