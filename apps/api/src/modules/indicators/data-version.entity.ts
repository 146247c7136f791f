import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many write statements a table the figures read (registry, catalogue)
 * has seen; raised by a trigger (migration DataVersions). Cached answers
 * name the versions they were computed from.
 */
@Entity({ name: 'data_versions' })
export class DataVersionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_data_versions' })
  name!: string;

  @Column({ type: 'bigint' })
  version!: string;
}
