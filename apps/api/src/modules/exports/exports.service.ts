import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import type { Role } from '../auth/role.js';
import { OperationsService } from '../operations/operations.service.js';
import { assertMayReadPublication } from '../snapshots/publication-access.js';
import { snapshotNotFound } from '../snapshots/snapshot-errors.js';
import { SnapshotsRepository } from '../snapshots/snapshots.repository.js';
import { namesOperation } from './erdf-operations.js';
import { checkRequestFields, checkRequestQuery } from './export-request-rules.js';
import { EXPORT_WRITERS, type ExportRequest, type ExportWriter } from './export-writer.js';
import { ExportsRepository, type ExportRecord } from './exports.repository.js';
import { exportViewOf, type ExportView } from './export.view.js';

export interface ExportAccepted {
  id: string;
}

/** A finished export's file, ready to stream. */
export interface ExportFile {
  view: ExportView;
  stream: Readable;
}

/** Roles that read every export, not only their own: they oversee the others. */
const OVERSEEING_ROLES: readonly Role[] = ['admin', 'auditor'];

/** The list shows the newest exports; older ones stay downloadable by id. */
const LIST_LIMIT = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Exports (issue 8): asked for, listed, followed and downloaded. */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    private readonly repository: ExportsRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly operations: OperationsService,
    private readonly jobs: JobQueues,
    @Inject(EXPORT_WRITERS) private readonly writers: readonly ExportWriter[],
    @InjectClock() private readonly clock: Clock,
    @InjectConfig() private readonly config: Config,
  ) {}

  /**
   * Checks the request, stores it and queues the job that builds its file.
   * Everything a person can get wrong is refused now, with the field, rather
   * than in a failed job.
   */
  async request(request: ExportRequest, user: AuthenticatedUser): Promise<ExportAccepted> {
    const writer = this.writers.find((candidate) => candidate.kind === request.kind);
    if (!writer) {
      throw badRequest(
        'exports.kind_unavailable',
        `"${request.kind}" exports cannot be made yet.`,
        [{ field: 'kind', message: 'has no writer yet' }],
      );
    }
    checkRequestFields(request, writer);
    const now = this.clock.now();
    checkRequestQuery(request, now);
    if (!writer.allows(user.role, request)) {
      throw forbidden(
        'exports.forbidden',
        `The ${user.role} role may not ask for this ${request.kind} export.`,
      );
    }
    if (request.snapshotId !== undefined) await this.checkSnapshot(request, user);
    const operation = request.kind === 'erdf' ? request.query?.['operation'] : undefined;
    if (operation !== undefined) await this.checkOperation(operation);

    const id = randomUUID();
    await this.repository.insert({
      id,
      request,
      requestedById: user.id,
      requestedByEmail: user.email,
      requestedByRole: user.role,
      requestedAt: now,
    });
    try {
      // The export's id as the job's: the same export is never queued twice.
      await this.jobs.add('export-build', { exportId: id }, { jobId: id });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.repository.fail(id, `The export could not be queued: ${reason}`, {
        final: true,
        at: this.clock.now(),
      });
      this.logger.warn(`export ${id} could not be queued: ${reason}`);
      throw new AppError(
        'exports.queue_unavailable',
        'The export could not be queued; try again in a moment.',
        503,
      );
    }
    return { id };
  }

  async list(user: AuthenticatedUser): Promise<ExportView[]> {
    const records = await this.repository.list({
      ...(OVERSEEING_ROLES.includes(user.role) ? {} : { requestedById: user.id }),
      limit: LIST_LIMIT,
    });
    return records.map((record) => this.viewOf(record));
  }

  async get(id: string, user: AuthenticatedUser): Promise<ExportView> {
    return this.viewOf(await this.readable(id, user));
  }

  /** The stored file, read back one chunk at a time: never whole in memory. */
  async file(id: string, user: AuthenticatedUser): Promise<ExportFile> {
    const record = await this.readable(id, user);
    // A file holds what its requester's role allowed then (evidence, say); one's own
    // export is refused after a change of role that would refuse the request now.
    const writer = this.writers.find((candidate) => candidate.kind === record.request.kind);
    if (!writer?.allows(user.role, record.request)) {
      throw forbidden(
        'exports.forbidden',
        `The ${user.role} role may not have this ${record.request.kind} export.`,
      );
    }
    if (record.status !== 'done') {
      throw conflict(
        'exports.not_ready',
        `Export ${record.id} is ${record.status}; its file can be downloaded once it is done.`,
      );
    }
    return {
      view: this.viewOf(record),
      stream: Readable.from(this.chunks(record.id), { objectMode: false }),
    };
  }

  private async *chunks(id: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const bytes = await this.repository.chunk(id, seq);
      if (bytes === null) return;
      yield bytes;
    }
  }

  /**
   * The export when this user may read it: their own, or anyone's for the
   * overseeing roles. Anyone else is told there is no such export, so that
   * ids do not reveal what others asked for.
   */
  private viewOf(record: ExportRecord): ExportView {
    return exportViewOf(record, this.config.exportRetentionDays);
  }

  private async readable(id: string, user: AuthenticatedUser): Promise<ExportRecord> {
    if (!UUID.test(id)) {
      throw badRequest('exports.invalid_id', '"id" must be an export id (a UUID).', [
        { field: 'id', message: 'must be an export id (a UUID)' },
      ]);
    }
    const record = await this.repository.find(id.toLowerCase());
    if (!record || (record.requestedById !== user.id && !OVERSEEING_ROLES.includes(user.role))) {
      throw notFound('exports.not_found', `There is no export ${id}.`);
    }
    return record;
  }

  /** The snapshot must exist, and a publication's be one the requester may see published. */
  private async checkSnapshot(request: ExportRequest, user: AuthenticatedUser): Promise<void> {
    const id = request.snapshotId ?? '';
    const snapshot = await this.snapshots.find(id);
    if (!snapshot) throw snapshotNotFound(id);
    if (request.kind === 'publication') {
      assertMayReadPublication(user.role, { id, approved: snapshot.approvedAt !== null });
    }
  }

  /**
   * The operation an ERDF export names must exist. Whether the snapshot
   * covers its period is the writer's to say, as it reads both.
   */
  private async checkOperation(named: string): Promise<void> {
    const operations = await this.operations.list();
    if (!operations.some((operation) => namesOperation(operation, named))) {
      throw new AppError('operations.not_found', `There is no operation "${named}".`, 404, [
        { field: 'query.operation', message: 'names no operation (give its id or code)' },
      ]);
    }
  }
}
