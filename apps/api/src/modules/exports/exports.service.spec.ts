import { describe, expect, it, jest } from '@jest/globals';
import { AppError } from '../../common/app-error.js';
import type { Config } from '../../config/config.js';
import type { JobQueues } from '../../jobs/job-queues.service.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import type { OperationsService } from '../operations/operations.service.js';
import type { SnapshotRecord, SnapshotsRepository } from '../snapshots/snapshots.repository.js';
import type { ExportRequest, ExportWriter } from './export-writer.js';
import type { ExportRecord, ExportsRepository } from './exports.repository.js';
import { ExportsService } from './exports.service.js';

const SNAPSHOT_ID = '7d7c5f7e-2f43-4a4c-9a43-3d4f3f2b8b11';
const OPERATION = { id: '0b5e3c1a-6f0d-4e8a-9d2b-4c1e7a9f3b22', code: 'BCN-2019' };
const NOW = new Date('2024-03-01T09:00:00Z');

const users: Record<string, AuthenticatedUser> = {
  manager: { id: 'a1a1a1a1-0000-4000-8000-000000000001', email: 'm@x.org', role: 'manager' },
  otherManager: { id: 'a1a1a1a1-0000-4000-8000-000000000002', email: 'o@x.org', role: 'manager' },
  auditor: { id: 'a1a1a1a1-0000-4000-8000-000000000003', email: 'a@x.org', role: 'auditor' },
  communications: {
    id: 'a1a1a1a1-0000-4000-8000-000000000004',
    email: 'c@x.org',
    role: 'communications',
  },
};

function writer(kind: ExportWriter['kind'], allows: ExportWriter['allows'] = () => true) {
  return {
    kind,
    tables: ['overview'],
    allows,
    write: () => Promise.reject(new Error('not in this spec')),
  } satisfies ExportWriter;
}

function setUp(options: { snapshot?: Partial<SnapshotRecord> | null; queueFails?: boolean } = {}) {
  const stored = new Map<string, ExportRecord>();
  const repository = {
    insert: jest.fn((record: ExportRecord) => {
      stored.set(record.id, { ...record, status: 'queued' });
      return Promise.resolve();
    }),
    find: jest.fn((id: string) => Promise.resolve(stored.get(id) ?? null)),
    list: jest.fn((..._args: unknown[]) => Promise.resolve([...stored.values()])),
    fail: jest.fn((..._args: unknown[]) => Promise.resolve()),
    chunk: jest.fn(() => Promise.resolve(null)),
  };
  const snapshots = {
    find: jest.fn(() =>
      Promise.resolve(
        options.snapshot === null
          ? null
          : ({ id: SNAPSHOT_ID, approvedAt: null, ...options.snapshot } as SnapshotRecord),
      ),
    ),
  };
  const operations = { list: jest.fn(() => Promise.resolve([OPERATION])) };
  const jobs = {
    add: jest.fn((..._args: unknown[]) =>
      options.queueFails
        ? Promise.reject(new Error('Connection is closed.'))
        : Promise.resolve('job'),
    ),
  };
  const service = new ExportsService(
    repository as unknown as ExportsRepository,
    snapshots as unknown as SnapshotsRepository,
    operations as unknown as OperationsService,
    jobs as unknown as JobQueues,
    [
      writer('manager', (role) => role !== 'communications'),
      writer('publication'),
      writer('erdf', (role, request) => !request.evidence || role === 'auditor'),
    ],
    { now: () => NOW },
    { exportRetentionDays: 30 } as Config,
  );
  return { service, repository, snapshots, jobs, stored };
}

const MANAGER: ExportRequest = {
  kind: 'manager',
  format: 'xlsx',
  query: { from: '2020-01-01', to: '2020-12-31' },
  language: 'en',
};
const PUBLICATION: ExportRequest = {
  kind: 'publication',
  format: 'xlsx',
  snapshotId: SNAPSHOT_ID,
  language: 'ca',
};

const ERDF: ExportRequest = {
  kind: 'erdf',
  format: 'xlsx',
  snapshotId: SNAPSHOT_ID,
  language: 'es',
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  const { status, code } = await rejection(promise);
  return { status, code };
}

/** The failure with the fields its details name. */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; fields: unknown[] }> {
  const { status, code, details } = await rejection(promise);
  const fields = (details as { field: unknown }[]).map((detail) => detail.field);
  return { status, code, fields };
}

describe('ExportsService.request', () => {
  it('stores the request with who asked and when, and queues its job under the export id', async () => {
    const { service, stored, jobs } = setUp();
    const { id } = await service.request(MANAGER, users.manager);
    expect(stored.get(id)).toMatchObject({
      request: MANAGER,
      requestedById: users.manager.id,
      requestedByEmail: 'm@x.org',
      requestedByRole: 'manager',
      requestedAt: NOW,
    });
    expect(jobs.add).toHaveBeenCalledWith('export-build', { exportId: id }, { jobId: id });
  });

  it('lets the writer decide the roles', async () => {
    const { service, repository } = setUp();
    expect(await failure(service.request(MANAGER, users.communications))).toEqual({
      status: 403,
      code: 'exports.forbidden',
    });
    const evidence: ExportRequest = { ...PUBLICATION, kind: 'erdf', evidence: true };
    expect((await failure(service.request(evidence, users.manager))).status).toBe(403);
    await expect(service.request(evidence, users.auditor)).resolves.toHaveProperty('id');
    expect(repository.insert).toHaveBeenCalledTimes(1);
  });

  it('needs an existing snapshot', async () => {
    const { service } = setUp({ snapshot: null });
    expect(await failure(service.request(PUBLICATION, users.manager))).toEqual({
      status: 404,
      code: 'snapshots.not_found',
    });
  });

  it('gives communications a publication only from an approved snapshot', async () => {
    const unapproved = setUp();
    expect(await failure(unapproved.service.request(PUBLICATION, users.communications))).toEqual({
      status: 403,
      code: 'snapshots.not_approved',
    });
    await expect(unapproved.service.request(PUBLICATION, users.manager)).resolves.toHaveProperty(
      'id',
    );

    const approved = setUp({ snapshot: { approvedAt: new Date('2024-02-01T00:00:00Z') } });
    await expect(
      approved.service.request(PUBLICATION, users.communications),
    ).resolves.toHaveProperty('id');
  });

  it('lets an ERDF export name one existing operation, by id or code', async () => {
    const { service, stored } = setUp();
    for (const operation of [OPERATION.id, OPERATION.code]) {
      const { id } = await service.request({ ...ERDF, query: { operation } }, users.manager);
      expect(stored.get(id)?.request.query).toEqual({ operation });
    }
  });

  it('refuses an ERDF export naming an operation that does not exist, before anything is stored', async () => {
    const { service, repository } = setUp();
    const unknown = { ...ERDF, query: { operation: 'NO-SUCH-OP' } };
    expect(await refusal(service.request(unknown, users.manager))).toEqual({
      status: 404,
      code: 'operations.not_found',
      fields: ['query.operation'],
    });
    const more = { ...ERDF, query: { operation: OPERATION.code, from: '2020-01-01' } };
    expect(await refusal(service.request(more, users.manager))).toEqual({
      status: 400,
      code: 'exports.invalid_request',
      fields: ['query.from'],
    });
    expect(repository.insert).not.toHaveBeenCalled();
  });

  it('checks the manager query before anything is stored', async () => {
    const { service, repository } = setUp();
    const bad = { ...MANAGER, query: { from: '2020-12-31', to: '2020-01-01' } };
    expect((await failure(service.request(bad, users.manager))).status).toBe(400);
    expect(repository.insert).not.toHaveBeenCalled();
  });

  it('records a request the queue refused as failed, and says to try again', async () => {
    const { service, repository } = setUp({ queueFails: true });
    expect(await failure(service.request(MANAGER, users.manager))).toEqual({
      status: 503,
      code: 'exports.queue_unavailable',
    });
    expect(repository.fail).toHaveBeenCalledWith(
      expect.any(String),
      'The export could not be queued: Connection is closed.',
      { final: true, at: NOW },
    );
  });
});

describe('ExportsService reading', () => {
  it('shows a person their own exports, and the overseeing roles everyone’s', async () => {
    const { service, repository } = setUp();
    await service.list(users.manager);
    expect(repository.list).toHaveBeenLastCalledWith({
      requestedById: users.manager.id,
      limit: 200,
    });
    await service.list(users.auditor);
    expect(repository.list).toHaveBeenLastCalledWith({ limit: 200 });
  });

  it('answers 404 for someone else’s export, so ids do not leak', async () => {
    const { service } = setUp();
    const { id } = await service.request(MANAGER, users.manager);
    expect(await failure(service.get(id, users.otherManager))).toEqual({
      status: 404,
      code: 'exports.not_found',
    });
    expect((await failure(service.file(id, users.otherManager))).status).toBe(404);
    await expect(service.get(id, users.auditor)).resolves.toMatchObject({ id, status: 'queued' });
    expect((await failure(service.get('not-an-id', users.manager))).status).toBe(400);
  });

  it('serves a file only once the export is done', async () => {
    const { service } = setUp();
    const { id } = await service.request(MANAGER, users.manager);
    expect(await failure(service.file(id, users.manager))).toEqual({
      status: 409,
      code: 'exports.not_ready',
    });
  });
});
