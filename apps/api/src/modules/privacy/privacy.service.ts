import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { actorKey } from '@fita/xapi';
import { localDate } from '@fita/metrics';
import { conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import { anonymousKeyOf } from './anonymous-statement.js';
import type { NewPrivacyRequest } from './dto/privacy-request.dto.js';
import type { PrivacyRequestEntity, SubjectNaming } from './privacy-request.entity.js';
import { PrivacyRepository, type PrivacyRequestRow } from './privacy.repository.js';
import {
  erasureSchedule,
  erasureState,
  privacyRequestViewOf,
  type PrivacyRequestView,
} from './privacy-request.view.js';

export interface ErasureRunReport {
  executed: number;
  waiting: number;
}

/** Who a request is about: its keys (spec section 2) and the registry's person, if any. */
interface Subject {
  namedBy: SubjectNaming;
  personId: string | null;
  actorKeys: string[];
}

/**
 * Restriction and erasure requests (GDPR arts. 17 and 18, ADR 0013): records
 * them, reduces the person to actor keys, and carries out erasures once every
 * retention period that covers the person has passed.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    private readonly repository: PrivacyRepository,
    private readonly jobs: JobQueues,
    private readonly audit: AuditLogService,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async record(input: NewPrivacyRequest, by: AuthenticatedUser): Promise<PrivacyRequestView> {
    const subject = await this.subjectOf(input);
    const uuid = randomUUID();
    const request: PrivacyRequestEntity = {
      id: randomUUID(),
      kind: input.kind,
      status: input.kind === 'restriction' ? 'active' : 'pending',
      namedBy: subject.namedBy,
      personId: subject.personId,
      reference: input.reference,
      recordedById: by.id,
      recordedByEmail: by.email,
      recordedAt: this.clock.now(),
      liftedById: null,
      liftedByEmail: null,
      liftedAt: null,
      anonymousKey: input.kind === 'erasure' ? anonymousKeyOf(uuid) : null,
      executedAt: null,
      erasedStatements: null,
    };
    await this.repository.insert(request, subject.actorKeys);
    if (request.kind === 'erasure') await this.runSoon();
    return this.view({ ...request, actorKeys: subject.actorKeys.length });
  }

  async list(): Promise<PrivacyRequestView[]> {
    const requests = await this.repository.list();
    return Promise.all(requests.map((request) => this.view(request)));
  }

  async lift(id: string, by: AuthenticatedUser): Promise<PrivacyRequestView> {
    const request = await this.find(id);
    if (request.kind !== 'restriction' || request.status !== 'active') {
      throw conflict(
        'privacy.not_an_active_restriction',
        request.kind === 'restriction'
          ? `Restriction ${id} was already lifted on ${request.liftedAt?.toISOString()}.`
          : `Request ${id} is an erasure; only a restriction can be lifted.`,
      );
    }
    // A concurrent lift makes this one find nothing left to lift: the same 409.
    if (!(await this.repository.lift(id, by, this.clock.now()))) return this.lift(id, by);
    return this.view(await this.find(id));
  }

  /**
   * The `privacy-erasure` job: every pending erasure whose retention periods
   * have all passed, each person in a transaction of its own. Running it
   * again (a retry, a second worker) finds them executed and does nothing.
   */
  async runDueErasures(): Promise<ErasureRunReport> {
    const report: ErasureRunReport = { executed: 0, waiting: 0 };
    const today = this.today();
    for (const request of await this.repository.pendingErasures()) {
      const schedule = erasureSchedule(
        await this.repository.operationsOverlapping(request, this.config.timeZone),
      );
      if (erasureState(schedule, today).status !== 'due') {
        report.waiting += 1;
        continue;
      }
      const outcome = await this.repository.executeErasure(request.id, this.clock.now());
      if (outcome === null) continue;
      report.executed += 1;
      this.logger.log(
        `erasure ${request.id} executed: ${outcome.statements} statements made anonymous, ${outcome.documents} agent documents and ${outcome.persons} registry persons deleted`,
      );
      await this.audit.record({
        action: 'privacy.erasure_execute',
        user: null,
        subject: { type: 'privacy_request', id: request.id },
        details: { ...outcome },
        clientAddress: null,
      });
    }
    return report;
  }

  /** Asks for a run now; one waiting run covers any number of requests. */
  private async runSoon(): Promise<void> {
    try {
      await this.jobs.add('privacy-erasure', { reason: 'recorded' });
    } catch (error) {
      // The request is recorded; the daily run carries it out all the same.
      this.logger.warn(`could not queue privacy-erasure: ${(error as Error).message}`);
    }
  }

  private async find(id: string): Promise<PrivacyRequestRow> {
    const request = UUID.test(id) ? await this.repository.find(id) : null;
    if (!request) throw notFound('privacy.request_not_found', `No privacy request ${id}.`);
    return request;
  }

  private async view(request: PrivacyRequestRow): Promise<PrivacyRequestView> {
    if (request.status !== 'pending') return privacyRequestViewOf(request, null);
    const operations = await this.repository.operationsOverlapping(request, this.config.timeZone);
    return privacyRequestViewOf(request, {
      schedule: erasureSchedule(operations),
      today: this.today(),
    });
  }

  /**
   * Spec section 2: an e-mail or account becomes its actor key, and a key the
   * registry lists brings every key of its person. A subject Fita knows
   * nothing about is refused, so a typo is not recorded as done.
   */
  private async subjectOf(input: NewPrivacyRequest): Promise<Subject> {
    if (input.personId !== undefined) {
      const keys = await this.repository.keysOfPerson(input.personId);
      if (keys === null) {
        throw notFound(
          'privacy.person_not_found',
          `No person ${input.personId} in the learner registry (personId).`,
        );
      }
      return { namedBy: 'person', personId: input.personId, actorKeys: keys };
    }
    const namedBy: SubjectNaming = input.email !== undefined ? 'email' : 'account';
    const key =
      input.email !== undefined
        ? actorKey({ mbox: `mailto:${input.email}` })
        : actorKey({ account: input.account });
    const personId = await this.repository.personOfKey(key);
    if (personId !== null) {
      const keys = (await this.repository.keysOfPerson(personId)) ?? [];
      return { namedBy, personId, actorKeys: [...new Set([key, ...keys])].sort() };
    }
    if (!(await this.repository.keyIsUsed(key))) {
      throw notFound(
        'privacy.person_not_found',
        `Fita holds nothing about this ${namedBy === 'email' ? 'e-mail address (email)' : 'account (account)'}: it is not in the learner registry and no statement or document names it.`,
      );
    }
    return { namedBy, personId: null, actorKeys: [key] };
  }

  private today(): string {
    return localDate(this.clock.now(), this.config.timeZone);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
