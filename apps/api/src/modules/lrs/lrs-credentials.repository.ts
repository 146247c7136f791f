import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { LrsCredentialEntity } from './lrs-credential.entity.js';
import type { LrsScope } from './lrs-scopes.js';

export interface NewLrsCredential {
  key: string;
  secretHash: string;
  name: string;
  scopes: LrsScope[];
}

@Injectable()
export class LrsCredentialsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findActiveByKey(key: string): Promise<LrsCredentialEntity | null> {
    return this.dataSource
      .getRepository(LrsCredentialEntity)
      .findOneBy({ key, revokedAt: IsNull() });
  }

  /** Creates the first credential unless one exists; serialised across starting replicas. */
  createFirst(credential: NewLrsCredential): Promise<LrsCredentialEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('fita.first-lrs-credential'))`);
      const repository = manager.getRepository(LrsCredentialEntity);
      if ((await repository.count()) > 0) return null;
      return repository.save(repository.create({ id: randomUUID(), ...credential }));
    });
  }
}
