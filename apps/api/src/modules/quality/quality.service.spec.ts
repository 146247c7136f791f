import { jest } from '@jest/globals';
import type { Config } from '../../config/config.js';
import type { CoursesRepository } from '../courses/courses.repository.js';
import type { LearnersRepository } from '../learners/learners.repository.js';
import type { QualityRepository, QualityVersion } from './quality.repository.js';
import { QualityService, UNCATALOGUED_LISTED } from './quality.service.js';

/** A quality service whose data is at `version`, and whose scans take `scanMs` of its clock. */
function serviceWith(version: () => QualityVersion, scanMs = 0) {
  let now = Date.parse('2024-04-10T10:00:00Z');
  const quality = {
    version: jest.fn(() => Promise.resolve(version())),
    receivedByMonth: jest.fn(() => {
      now += scanMs;
      return Promise.resolve([
        { month: '2024-02', received: 5 },
        { month: '2024-03', received: 0 },
        { month: '2024-04', received: 2 },
      ]);
    }),
    skippedStatements: jest.fn(() => Promise.resolve({ voided: 1, groupActors: 3 })),
    rejectionReasons: jest.fn(() =>
      Promise.resolve([
        {
          code: 'xapi.invalid_statement',
          rejections: 4,
          lastRejectedAt: new Date(Date.UTC(2024, 3, 2)),
        },
        { code: 'xapi.empty_batch', rejections: 1, lastRejectedAt: new Date(Date.UTC(2024, 3, 1)) },
      ]),
    ),
    latestRejections: jest.fn(() =>
      Promise.resolve([
        {
          rejectedAt: new Date(Date.UTC(2024, 3, 2)),
          code: 'xapi.invalid_statement',
          message: '$.actor.mbox: mbox.mailto',
          credentialKey: 'lms',
        },
      ]),
    ),
    missingDemographics: jest.fn(() =>
      Promise.resolve({
        sex: 1,
        birthYear: 2,
        iscedLevel: 3,
        employmentStatus: 4,
        municipality: 5,
      }),
    ),
    unregisteredActors: jest.fn(() => Promise.resolve(7)),
  };
  const courses = { uncatalogued: jest.fn(() => Promise.resolve([])) };
  const learners = {
    summary: jest.fn(() =>
      Promise.resolve({ persons: 10, identifiers: 12, withoutDemographics: 2 }),
    ),
  };
  const service = new QualityService(
    quality as unknown as QualityRepository,
    courses as unknown as CoursesRepository,
    learners as unknown as LearnersRepository,
    { timeZone: 'Europe/Madrid' } as Config,
    { now: () => new Date(now) },
  );
  return { service, quality, courses };
}

describe('QualityService', () => {
  it('adds up the months and the reasons, and gives instants as ISO strings', async () => {
    const { service, quality, courses } = serviceWith(() => ({
      registers: 'r1',
      statements: 's1',
    }));
    const view = await service.view();

    expect(quality.receivedByMonth).toHaveBeenCalledWith('Europe/Madrid');
    expect(courses.uncatalogued).toHaveBeenCalledWith(UNCATALOGUED_LISTED);
    expect(view.statements).toMatchObject({ received: 7, voided: 1, groupActorsSkipped: 3 });
    expect(view.rejections.total).toBe(5);
    expect(view.rejections.byReason[0]?.lastRejectedAt).toBe('2024-04-02T00:00:00.000Z');
    expect(view.rejections.latest[0]?.rejectedAt).toBe('2024-04-02T00:00:00.000Z');
    expect(view.persons).toEqual({
      registered: 10,
      registeredWithoutAny: 2,
      missing: { sex: 1, birthYear: 2, iscedLevel: 3, employmentStatus: 4, municipality: 5 },
      unregisteredActors: 7,
    });
  });

  it('computes again only when the data it reads has changed', async () => {
    let version = { registers: 'r1', statements: 's1' };
    const { service, quality } = serviceWith(() => version);
    await service.view();
    await service.view();
    expect(quality.receivedByMonth).toHaveBeenCalledTimes(1);

    version = { registers: 'r1', statements: 's2' };
    await service.view();
    expect(quality.receivedByMonth).toHaveBeenCalledTimes(2);
  });

  it('serves an expensive view after new statements only to a reader that accepts it', async () => {
    let version = { registers: 'r1', statements: 's1' };
    const { service, quality } = serviceWith(() => version, 5_000);
    const first = await service.view();
    version = { registers: 'r1', statements: 's2' };
    expect(await service.view(600_000)).toBe(first);
    // Served at once, with one computation started behind it.
    expect(quality.receivedByMonth).toHaveBeenCalledTimes(2);
    version = { registers: 'r1', statements: 's3' };
    expect(await service.view()).not.toBe(first);
    expect(quality.receivedByMonth).toHaveBeenCalledTimes(3);
  });

  it('never serves a view from before a registry or catalogue change, even to a reader that accepts staleness', async () => {
    let version = { registers: 'r1', statements: 's1' };
    const { service, quality } = serviceWith(() => version, 5_000);
    const first = await service.view();
    version = { registers: 'r2', statements: 's1' };
    expect(await service.view(600_000)).not.toBe(first);
    expect(quality.receivedByMonth).toHaveBeenCalledTimes(2);
  });
});
