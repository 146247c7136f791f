import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ExportEntity } from './export.entity.js';

/**
 * The bytes of an export's file in order, about 1 MiB a row: written as the
 * writer streams and read back one row at a time on download, so neither
 * side ever holds a whole file. Deleted with their export.
 */
@Entity({ name: 'export_chunks' })
@Check('ck_export_chunks_seq', `seq >= 0`)
export class ExportChunkEntity {
  @PrimaryColumn({ name: 'export_id', type: 'uuid', primaryKeyConstraintName: 'pk_export_chunks' })
  @ForeignKey(() => ExportEntity, { name: 'fk_export_chunks_export', onDelete: 'CASCADE' })
  exportId!: string;

  /** 0, 1, 2... in file order. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_export_chunks' })
  seq!: number;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
