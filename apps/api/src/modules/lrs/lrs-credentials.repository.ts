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

  /** Inserts a credential; null when the key is taken. */
  async insert(credential: NewLrsCredential): Promise<LrsCredentialEntity | null> {
    const repository = this.dataSource.getRepository(LrsCredentialEntity);
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO lrs_credentials (id, key, secret_hash, name, scopes) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [randomUUID(), credential.key, credential.secretHash, credential.name, credential.scopes],
    );
    return rows[0] ? repository.findOneBy({ id: rows[0].id }) : null;
  }

  list(): Promise<LrsCredentialEntity[]> {
    return this.dataSource.getRepository(LrsCredentialEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** Marks the credential revoked; returns it, or null when no active credential has that key. */
  async revoke(key: string, at: Date): Promise<LrsCredentialEntity | null> {
    const repository = this.dataSource.getRepository(LrsCredentialEntity);
    const result = await repository.update({ key, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ? repository.findOneBy({ key }) : null;
  }
}
