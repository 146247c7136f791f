import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type { Role } from '../auth/role.js';
import { SessionEntity } from '../auth/session.entity.js';
import { UserEntity } from '../auth/user.entity.js';

export interface NewUserAccount {
  email: string;
  passwordHash: string;
  role: Role;
}

export type UserAccountChanges = Partial<Pick<UserEntity, 'role' | 'disabledAt' | 'passwordHash'>>;

/** The user accounts admins manage; the sessions table only to end a user's sessions. */
@Injectable()
export class UserAccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { email: 'ASC' } });
  }

  /** Inserts an account; null when the e-mail address is taken. */
  async insert(account: NewUserAccount): Promise<UserEntity | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO users (id, email, password_hash, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [randomUUID(), account.email, account.passwordHash, account.role],
    );
    return rows[0] ? this.dataSource.getRepository(UserEntity).findOneBy({ id: rows[0].id }) : null;
  }

  /**
   * Runs `work` in a transaction that holds the accounts lock. Every change
   * of role or status takes it, so that two admins demoting or disabling
   * each other at the same moment cannot both pass the last-admin check.
   */
  inAccountsLock<T>(work: (accounts: LockedUserAccounts) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('fita.user-accounts'))`);
      return work(new LockedUserAccounts(manager));
    });
  }
}

/** The accounts inside `inAccountsLock`'s transaction. */
export class LockedUserAccounts {
  constructor(private readonly manager: EntityManager) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.manager.getRepository(UserEntity).findOneBy({ id });
  }

  countEnabledAdminsOtherThan(id: string): Promise<number> {
    return this.manager
      .getRepository(UserEntity)
      .countBy({ role: 'admin', disabledAt: IsNull(), id: Not(id) });
  }

  async update(id: string, changes: UserAccountChanges): Promise<UserEntity> {
    const repository = this.manager.getRepository(UserEntity);
    await repository.update({ id }, changes);
    return repository.findOneByOrFail({ id });
  }

  async endSessions(userId: string): Promise<void> {
    await this.manager.getRepository(SessionEntity).delete({ userId });
  }
}
