import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The three xAPI document resources, which share one table. */
export const DOCUMENT_KINDS = ['state', 'activity_profile', 'agent_profile'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * A document of the State, Activity Profile or Agent Profile resource: the
 * bytes and content type exactly as the client sent them (or the merged JSON
 * of a POST), with the SHA-1 that is its ETag.
 *
 * A document is named by its kind, its context (activity, agent key,
 * registration: each present or absent as the kind requires, see
 * ck_documents_context) and its id. `ux_documents_key` is created with
 * NULLS NOT DISTINCT in the migration, so that "no registration" is one key
 * like any other; TypeORM cannot declare that option, and its schema diff
 * ignores it.
 */
@Entity({ name: 'documents' })
@Index('ux_documents_key', ['kind', 'activityId', 'agentKey', 'registration', 'documentId'], {
  unique: true,
})
@Check('ck_documents_kind', `kind IN (${DOCUMENT_KINDS.map((kind) => `'${kind}'`).join(', ')})`)
@Check(
  'ck_documents_context',
  [
    `(kind = 'state' AND activity_id IS NOT NULL AND agent_key IS NOT NULL)`,
    `(kind = 'activity_profile' AND activity_id IS NOT NULL AND agent_key IS NULL AND registration IS NULL)`,
    `(kind = 'agent_profile' AND activity_id IS NULL AND agent_key IS NOT NULL AND registration IS NULL)`,
  ].join(' OR '),
)
export class DocumentEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_documents',
  })
  id!: string;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ name: 'activity_id', type: 'text', nullable: true })
  activityId!: string | null;

  /** actorKey() of the agent (or identified group), so every IFI form of one person meets. */
  @Column({ name: 'agent_key', type: 'text', nullable: true })
  agentKey!: string | null;

  @Column({ type: 'uuid', nullable: true })
  registration!: string | null;

  /** The stateId or profileId chosen by the client. */
  @Column({ name: 'document_id', type: 'text' })
  documentId!: string;

  @Column({ type: 'bytea' })
  content!: Buffer;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  /** Hex SHA-1 of `content`; served quoted as the ETag. */
  @Column({ type: 'text' })
  etag!: string;

  @Column({ type: 'timestamptz' })
  updated!: Date;
}
