import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import type { AuditDetails } from './audit-actions.js';

export interface NewAuditEvent {
  at: Date;
  user: { id: string; email: string; role: Role } | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: AuditDetails;
  clientAddress: string | null;
}

export interface AuditEventRecord {
  id: string;
  at: Date;
  userId: string | null;
  userEmail: string | null;
  userRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: AuditDetails;
  clientAddress: string | null;
}

/** A page of events, newest first, and how many match in all. */
export interface AuditEventFilter {
  /** Local calendar dates (YYYY-MM-DD) in `timeZone`, both ends inclusive. */
  from?: string;
  to?: string;
  timeZone: string;
  action?: string;
  userId?: string;
  userEmail?: string;
  limit: number;
  offset: number;
}

const COLUMNS = `
  id::text AS id, at, user_id AS "userId", user_email AS "userEmail", user_role AS "userRole",
  action, subject_type AS "subjectType", subject_id AS "subjectId", details,
  client_address AS "clientAddress"`;

// Null parameters switch a condition off, so one statement serves every filter.
const MATCHING = `
  ($1::date IS NULL OR at >= ($1::date)::timestamp AT TIME ZONE $3)
  AND ($2::date IS NULL OR at < ($2::date + 1)::timestamp AT TIME ZONE $3)
  AND ($4::text IS NULL OR action = $4)
  AND ($5::uuid IS NULL OR user_id = $5)
  AND ($6::text IS NULL OR user_email = $6)`;

@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(event: NewAuditEvent): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_events (at, user_id, user_email, user_role, action, subject_type,
         subject_id, details, client_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.at,
        event.user?.id ?? null,
        event.user?.email ?? null,
        event.user?.role ?? null,
        event.action,
        event.subjectType,
        event.subjectId,
        JSON.stringify(event.details),
        event.clientAddress,
      ],
    );
  }

  /**
   * Records an event about an account named by its e-mail address (a refused
   * login), filling in the user when the address is an account's and leaving
   * it empty otherwise: what a stranger typed is never stored.
   */
  async insertForAccount(
    email: string,
    event: Omit<NewAuditEvent, 'user' | 'subjectType' | 'subjectId'>,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_events (at, user_id, user_email, user_role, action, subject_type,
         subject_id, details, client_address)
       SELECT $1, account.id, account.email, account.role, $2,
              CASE WHEN account.id IS NULL THEN NULL ELSE 'user' END, account.id::text, $3, $4
       FROM (SELECT 1) AS always
       LEFT JOIN users AS account ON account.email = lower(trim($5))`,
      [event.at, event.action, JSON.stringify(event.details), event.clientAddress, email],
    );
  }

  async page(filter: AuditEventFilter): Promise<{ events: AuditEventRecord[]; total: number }> {
    const parameters = [
      filter.from ?? null,
      filter.to ?? null,
      filter.timeZone,
      filter.action ?? null,
      filter.userId ?? null,
      filter.userEmail ?? null,
    ];
    // One snapshot for the page and its count: an event written between the
    // two reads would otherwise be counted but not listed.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const events: AuditEventRecord[] = await manager.query(
        `SELECT ${COLUMNS} FROM audit_events WHERE ${MATCHING}
         ORDER BY at DESC, id DESC LIMIT $7 OFFSET $8`,
        [...parameters, filter.limit, filter.offset],
      );
      const [count] = await manager.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM audit_events WHERE ${MATCHING}`,
        parameters,
      );
      return { events, total: count?.total ?? 0 };
    });
  }
}
