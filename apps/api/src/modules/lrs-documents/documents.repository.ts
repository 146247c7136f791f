import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DocumentKind } from './document.entity.js';

/** Names one document: its kind, its context and its id (stateId or profileId). */
export interface DocumentKey {
  kind: DocumentKind;
  activityId: string | null;
  agentKey: string | null;
  registration: string | null;
  documentId: string;
}

/**
 * The documents of one context, for listing ids and deleting every state:
 * `registration` undefined means any registration.
 */
export interface DocumentContext {
  kind: DocumentKind;
  activityId: string | null;
  agentKey: string | null;
  registration?: string | null;
}

export interface StoredDocument {
  content: Buffer;
  contentType: string;
  /** Hex SHA-1 of the content. */
  etag: string;
  updated: Date;
}

/** What a write leaves behind: a new version of the document, or nothing. */
export type DocumentChange = { set: StoredDocument } | { remove: true };

@Injectable()
export class DocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(key: DocumentKey): Promise<StoredDocument | null> {
    const { where, params } = keyMatch(key);
    const rows = await this.dataSource.query<StoredDocument[]>(
      `SELECT content, content_type AS "contentType", etag, updated FROM documents WHERE ${where}`,
      params,
    );
    return rows[0] ?? null;
  }

  /** Ids of the documents of a context, optionally only those updated after `since`. */
  async listIds(context: DocumentContext, since?: Date): Promise<string[]> {
    const { where, params } = contextMatch(context);
    const sinceClause = since ? `AND updated > $${params.push(since.toISOString())}` : '';
    const rows = await this.dataSource.query<{ documentId: string }[]>(
      `SELECT document_id AS "documentId" FROM documents WHERE ${where} ${sinceClause}
       ORDER BY document_id`,
      params,
    );
    return rows.map((row) => row.documentId);
  }

  /**
   * Reads the document with writers of the same key held off, lets `decide`
   * choose what becomes of it (or throw to change nothing), and applies that,
   * all in one transaction.
   */
  change(
    key: DocumentKey,
    decide: (current: StoredDocument | null) => DocumentChange,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // The lock also covers a document that does not exist yet, which a row lock cannot.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        JSON.stringify(['fita.documents', ...keyParams(key)]),
      ]);
      const { where, params } = keyMatch(key);
      const rows = await manager.query<(StoredDocument & { id: string })[]>(
        `SELECT id, content, content_type AS "contentType", etag, updated FROM documents
         WHERE ${where} FOR UPDATE`,
        params,
      );
      const row = rows[0];
      const change = decide(row ?? null);
      if ('remove' in change) {
        if (row) await manager.query(`DELETE FROM documents WHERE id = $1`, [row.id]);
        return;
      }
      const { content, contentType, etag, updated } = change.set;
      if (row) {
        await manager.query(
          `UPDATE documents SET content = $2, content_type = $3, etag = $4, updated = $5
           WHERE id = $1`,
          [row.id, content, contentType, etag, updated.toISOString()],
        );
      } else {
        await manager.query(
          `INSERT INTO documents (kind, activity_id, agent_key, registration, document_id,
                                  content, content_type, etag, updated)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [...keyParams(key), content, contentType, etag, updated.toISOString()],
        );
      }
    });
  }

  async removeAll(context: DocumentContext): Promise<void> {
    const { where, params } = contextMatch(context);
    await this.dataSource.query(`DELETE FROM documents WHERE ${where}`, params);
  }
}

/**
 * A WHERE clause for the given columns: `= $n` for a value, `IS NULL` for an
 * absent part (both use ux_documents_key; IS NOT DISTINCT FROM would not).
 */
function matching(columns: [column: string, value: string | null][]): {
  where: string;
  params: string[];
} {
  const params: string[] = [];
  const where = columns
    .map(([column, value]) =>
      value === null ? `${column} IS NULL` : `${column} = $${params.push(value)}`,
    )
    .join(' AND ');
  return { where, params };
}

function keyMatch(key: DocumentKey) {
  return matching([
    ['kind', key.kind],
    ['activity_id', key.activityId],
    ['agent_key', key.agentKey],
    ['registration', key.registration],
    ['document_id', key.documentId],
  ]);
}

function contextMatch(context: DocumentContext) {
  return matching([
    ['kind', context.kind],
    ['activity_id', context.activityId],
    ['agent_key', context.agentKey],
    ...(context.registration === undefined
      ? []
      : [['registration', context.registration] as [string, string | null]]),
  ]);
}

function keyParams(key: DocumentKey): (string | null)[] {
  return [key.kind, key.activityId, key.agentKey, key.registration, key.documentId];
}
