import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThanOrEqual, MoreThan, type DataSource } from 'typeorm';
import { SessionEntity } from './session.entity.js';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).insert({ tokenHash, userId, expiresAt });
  }

  findLive(tokenHash: string, now: Date): Promise<SessionEntity | null> {
    return this.dataSource
      .getRepository(SessionEntity)
      .findOneBy({ tokenHash, expiresAt: MoreThan(now) });
  }

  async delete(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ expiresAt: LessThanOrEqual(now) });
  }
}
