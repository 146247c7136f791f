import { Injectable } from '@nestjs/common';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import type { AuditAction, AuditDetails, AuditSubjectType } from './audit-actions.js';
import { AuditEventsRepository } from './audit-events.repository.js';
import { auditEventViewOf, type AuditPageView } from './audit-event.view.js';
import type { AuditQuery } from './dto/audit-query.query.js';

export interface AuditEntry {
  action: AuditAction;
  user: AuthenticatedUser | null;
  subject: { type: AuditSubjectType; id: string | null } | null;
  details?: AuditDetails;
  clientAddress: string | null;
}

// Details are for telling events apart (a counted value, a page, a kind), not
// for carrying data: a few short values, whatever a caller passes.
const MAX_DETAIL_KEYS = 8;
const MAX_DETAIL_TEXT = 120;
const MAX_SUBJECT_ID = 200;

/** Writes and reads the audit log (issue 9). */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly events: AuditEventsRepository,
    @InjectClock() private readonly clock: Clock,
    @InjectConfig() private readonly config: Config,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.events.insert({
      at: this.clock.now(),
      user: entry.user,
      action: entry.action,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id?.slice(0, MAX_SUBJECT_ID) ?? null,
      details: boundedDetails(entry.details ?? {}),
      clientAddress: entry.clientAddress,
    });
  }

  /** An event about whoever owns the e-mail address, if anyone does (a refused login). */
  async recordForAccount(
    email: string,
    entry: Pick<AuditEntry, 'action' | 'details' | 'clientAddress'>,
  ): Promise<void> {
    await this.events.insertForAccount(email, {
      at: this.clock.now(),
      action: entry.action,
      details: boundedDetails(entry.details ?? {}),
      clientAddress: entry.clientAddress,
    });
  }

  async page(query: AuditQuery): Promise<AuditPageView> {
    const { events, total } = await this.events.page({
      from: query.from,
      to: query.to,
      timeZone: this.config.timeZone,
      action: query.action,
      userId: query.user && 'id' in query.user ? query.user.id : undefined,
      userEmail: query.user && 'email' in query.user ? query.user.email : undefined,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      events: events.map(auditEventViewOf),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}

/** Within the table's 2 kB check however unusual the text: shorter strings rather than a failed write. */
function boundedDetails(details: AuditDetails): AuditDetails {
  const cut = (textLength: number) =>
    Object.fromEntries(
      Object.entries(details)
        .slice(0, MAX_DETAIL_KEYS)
        .map(([key, value]) => [
          key.slice(0, 40),
          typeof value === 'string' ? value.slice(0, textLength) : value,
        ]),
    );
  const bounded = cut(MAX_DETAIL_TEXT);
  return Buffer.byteLength(JSON.stringify(bounded)) <= 1_500 ? bounded : cut(16);
}
