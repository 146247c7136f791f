import { Entity, PrimaryColumn } from 'typeorm';

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

// The key leads with activity_id: the activity filter reads its seqs from the index alone.
@Entity({ name: 'statement_activities' })
export class StatementActivityEntity {
  @PrimaryColumn({
    name: 'activity_id',
    type: 'text',
    primaryKeyConstraintName: 'pk_statement_activities',
  })
  activityId!: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_statement_activities' })
  seq!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_statement_activities' })
  role!: ActivityRole;
}
