import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AttachmentPayload } from './statement-attachments.js';

@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores attachment contents inside the caller's transaction (the one that
   * stores their statements). Contents are addressed by their SHA-2, so one
   * already stored is kept as it is.
   */
  async insertMany(manager: EntityManager, payloads: AttachmentPayload[]): Promise<void> {
    if (payloads.length === 0) return;
    await manager.query(
      `INSERT INTO attachments (sha2, content_type, content, length)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::integer[])
       ON CONFLICT (sha2) DO NOTHING`,
      [
        payloads.map((p) => p.sha2),
        payloads.map((p) => p.contentType),
        payloads.map((p) => p.content),
        payloads.map((p) => p.content.length),
      ],
    );
  }

  /** The stored contents among these SHA-2s (lower-case hex), in no particular order. */
  findBySha2(sha2s: string[]): Promise<AttachmentPayload[]> {
    if (sha2s.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT sha2, content_type AS "contentType", content FROM attachments WHERE sha2 = ANY($1::text[])`,
      [sha2s],
    );
  }
}
