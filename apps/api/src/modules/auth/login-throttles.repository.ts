import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThanOrEqual, type DataSource } from 'typeorm';
import { LoginThrottleEntity } from './login-throttle.entity.js';
import { NO_ATTEMPTS, type ThrottleState } from './login-throttle.js';

/** Throttle states shared by every API process (production runs several). */
@Injectable()
export class LoginThrottlesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Replaces the state of `key` by `change(state)`. Attempts arriving at once
   * in several processes wait for each other on a lock per key, so each is
   * counted after the one before, none lost.
   */
  update(key: string, change: (state: ThrottleState) => ThrottleState): Promise<ThrottleState> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('fita.login-throttle:' || $1))`, [
        key,
      ]);
      const rows = manager.getRepository(LoginThrottleEntity);
      const row = await rows.findOneBy({ key });
      const next = change(row ?? NO_ATTEMPTS);
      await rows.upsert({ key, ...next }, ['key']);
      return next;
    });
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.getRepository(LoginThrottleEntity).delete({ key });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.dataSource
      .getRepository(LoginThrottleEntity)
      .delete({ expiresAt: LessThanOrEqual(now) });
  }
}
