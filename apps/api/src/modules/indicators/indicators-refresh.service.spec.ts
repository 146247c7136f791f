import { describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Config } from '../../config/config.js';
import type { IndicatorFactsRepository, RefreshStep } from './indicator-facts.repository.js';
import { IndicatorsRefreshService } from './indicators-refresh.service.js';

/** A repository whose inbox vacuum ends only when the test says so. */
function stalledVacuum() {
  let finish!: (vacuumed: boolean) => void;
  const vacuum = new Promise<boolean>((resolve) => (finish = resolve));
  const repository = {
    refreshStep: jest.fn((): Promise<RefreshStep> =>
      Promise.resolve({ processed: 10, rebuilt: false }),
    ),
    vacuumInboxBeyond: jest.fn(() => vacuum),
  };
  const service = new IndicatorsRefreshService(
    repository as unknown as IndicatorFactsRepository,
    { timeZone: 'Europe/Madrid' } as Config,
  );
  return { service, repository, finish };
}

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  return done;
};

describe('IndicatorsRefreshService inbox upkeep', () => {
  it('answers the refresh without waiting for the inbox vacuum it starts', async () => {
    const { service, repository, finish } = stalledVacuum();

    await expect(service.refresh()).resolves.toMatchObject({ processed: 10 });
    expect(repository.vacuumInboxBeyond).toHaveBeenCalledTimes(1);
    expect(await settled(service.inboxUpkeep())).toBe(false);

    finish(true);
    await service.inboxUpkeep();
  });

  it('starts no second vacuum while one is under way, and a new one after it ends', async () => {
    const { service, repository, finish } = stalledVacuum();

    await service.refresh();
    await service.refresh();
    expect(repository.vacuumInboxBeyond).toHaveBeenCalledTimes(1);

    finish(false);
    await service.inboxUpkeep();
    await service.refresh();
    expect(repository.vacuumInboxBeyond).toHaveBeenCalledTimes(2);
  });

  it('waits for the vacuum under way before the module is destroyed', async () => {
    const { service, finish } = stalledVacuum();
    await service.refresh();

    const destroyed = service.onModuleDestroy();
    expect(await settled(destroyed)).toBe(false);
    finish(true);
    await expect(destroyed).resolves.toBeUndefined();
  });

  it('starts no vacuum once the module is being destroyed', async () => {
    const { service, repository } = stalledVacuum();

    await service.onModuleDestroy();
    await expect(service.refresh()).resolves.toMatchObject({ processed: 10 });
    expect(repository.vacuumInboxBeyond).not.toHaveBeenCalled();
  });

  it('logs a failed vacuum and ends the upkeep rather than failing the refresh', async () => {
    const { service, repository } = stalledVacuum();
    repository.vacuumInboxBeyond.mockImplementationOnce(() =>
      Promise.reject(new Error('canceling statement due to user request')),
    );
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);

    await expect(service.refresh()).resolves.toMatchObject({ processed: 10 });
    await service.inboxUpkeep();
    expect(warn).toHaveBeenCalledWith(
      'could not vacuum the statement inbox: canceling statement due to user request',
    );
    warn.mockRestore();
  });
});
