import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Where an activity id appears in a statement, for the `activity` and `related_activities` filters. */
export const ACTIVITY_ROLES = [
  'object',
  'parent',
  'grouping',
  'category',
  'other',
  'sub_object',
  'sub_context',
] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

@Entity({ name: 'statement_activities' })
@Index('ix_statement_activities_activity_id_seq', ['activityId', 'seq'])
export class StatementActivityEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_statement_activities' })
  seq!: string;

  @PrimaryColumn({
    name: 'activity_id',
    type: 'text',
    primaryKeyConstraintName: 'pk_statement_activities',
  })
  activityId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_statement_activities' })
  role!: ActivityRole;
}
