import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The content of a statement attachment, stored once per SHA-2 however many
 * statements describe it (content-addressed: the same bytes are the same row).
 */
@Entity({ name: 'attachments' })
export class AttachmentEntity {
  /** Lower-case hex SHA-2 (256, 384 or 512) of `content`, as in the Attachment's sha2. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_attachments' })
  sha2!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ type: 'bytea' })
  content!: Buffer;

  /** Octets of `content`. */
  @Column({ type: 'integer' })
  length!: number;
}
