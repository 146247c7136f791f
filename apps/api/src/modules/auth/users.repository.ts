import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from './role.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async touchLogin(id: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id }, { lastLoginAt: at });
  }

  /**
   * Creates the first admin unless a user exists. Serialised with an advisory
   * lock so that API replicas starting together create exactly one.
   */
  createFirstAdmin(email: string, passwordHash: string): Promise<UserEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('fita.first-admin'))`);
      if ((await manager.getRepository(UserEntity).count()) > 0) return null;
      return this.insert(manager, email, passwordHash, 'admin');
    });
  }

  private insert(
    manager: EntityManager,
    email: string,
    passwordHash: string,
    role: Role,
  ): Promise<UserEntity> {
    const repository = manager.getRepository(UserEntity);
    return repository.save(
      repository.create({ id: randomUUID(), email: email.toLowerCase(), passwordHash, role }),
    );
  }
}
