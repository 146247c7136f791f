import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActivityDefinition } from '@fita/xapi';

/**
 * Every activity id the LRS has seen in a statement, with the canonical
 * definition it serves from the Activities resource: the definitions sent so
 * far, merged (see mergeActivityDefinition).
 */
@Entity({ name: 'activities' })
export class ActivityEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_activities' })
  id!: string;

  @Column({ type: 'jsonb', nullable: true })
  definition!: ActivityDefinition | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
