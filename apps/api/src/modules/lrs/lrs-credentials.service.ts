import { Injectable } from '@nestjs/common';
import { conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { passwordHasher } from '../auth/password-hasher.js';
import { randomToken, sha256Hex } from '../auth/secret-token.js';
import type { LrsCredentialEntity } from './lrs-credential.entity.js';
import { LrsCredentialsRepository } from './lrs-credentials.repository.js';
import { LRS_SCOPES, type LrsScope } from './lrs-scopes.js';

export interface LrsClient {
  credentialId: string;
  key: string;
  name: string;
  scopes: LrsScope[];
  /** Only `statements/read/mine` among the read scopes: sees only the statements it stored. */
  readsOnlyOwn: boolean;
  /**
   * `define` (or `all`): the activity definitions in its statements update the
   * Activities resource; without it they are stored but define nothing
   * (xAPI 1.0.3, part 3, 4.2).
   */
  defines: boolean;
}

const FULL_READ: LrsScope[] = ['statements/read', 'all/read', 'all'];

export interface CreatedLrsCredential {
  key: string;
  /** Present only when Fita generated it: shown once, never stored in clear. */
  generatedSecret?: string;
}

/**
 * How long a successful key/secret check is remembered. argon2 costs tens of
 * milliseconds on purpose; an LMS sends many requests with the same
 * credential, so re-verifying each would cap ingestion. A revoked credential
 * therefore stops working within this time.
 */
const VERIFIED_TTL_MS = 60_000;

@Injectable()
export class LrsCredentialsService {
  private readonly verified = new Map<string, { client: LrsClient; until: number }>();

  constructor(
    private readonly credentials: LrsCredentialsRepository,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async verify(key: string, secret: string): Promise<LrsClient | null> {
    const cacheKey = sha256Hex(`${key}\u0000${secret}`);
    const now = this.clock.now().getTime();
    const hit = this.verified.get(cacheKey);
    if (hit && hit.until > now) return hit.client;

    const credential = await this.credentials.findActiveByKey(key);
    if (!credential || !(await passwordHasher.verify(credential.secretHash, secret))) return null;
    const scopes = credential.scopes as LrsScope[];
    const client: LrsClient = {
      credentialId: credential.id,
      key: credential.key,
      name: credential.name,
      scopes,
      readsOnlyOwn:
        scopes.includes('statements/read/mine') &&
        !scopes.some((scope) => FULL_READ.includes(scope)),
      defines: scopes.includes('define') || scopes.includes('all'),
    };
    if (this.verified.size > 1_000) this.verified.clear();
    this.verified.set(cacheKey, { client, until: now + VERIFIED_TTL_MS });
    return client;
  }

  /** The first credential (spec section 10): all scopes, from FITA_LRS_* or generated. */
  async ensureFirst(): Promise<CreatedLrsCredential | null> {
    const given = this.config.firstLrsCredential;
    const key = given.key ?? `fita-${randomToken(9)}`;
    const secret = given.secret ?? randomToken(24);
    const created = await this.credentials.createFirst({
      key,
      secretHash: await passwordHasher.hash(secret),
      name: 'First credential',
      scopes: [...LRS_SCOPES],
    });
    if (!created) return null;
    return { key, generatedSecret: given.secret ? undefined : secret };
  }

  /** A new credential; its secret is returned once and only its hash is kept. */
  async create(request: NewCredentialRequest): Promise<{ key: string; secret: string }> {
    const key = request.key ?? `fita-${randomToken(9)}`;
    const secret = randomToken(24);
    const created = await this.credentials.insert({
      key,
      secretHash: await passwordHasher.hash(secret),
      name: request.name,
      scopes: request.scopes,
    });
    if (!created)
      throw conflict(
        'lrs.credential_key_taken',
        `An LRS credential with key "${key}" already exists.`,
      );
    return { key, secret };
  }

  async list(): Promise<LrsCredentialView[]> {
    return (await this.credentials.list()).map(toView);
  }

  /**
   * Revokes a credential. This process forgets it at once; other processes
   * within the verification cache time (one minute).
   */
  async revoke(key: string): Promise<LrsCredentialView> {
    const revoked = await this.credentials.revoke(key, this.clock.now());
    if (!revoked)
      throw notFound('lrs.credential_not_found', `No active LRS credential with key "${key}".`);
    for (const [cacheKey, entry] of this.verified)
      if (entry.client.key === key) this.verified.delete(cacheKey);
    return toView(revoked);
  }
}

export interface NewCredentialRequest {
  name: string;
  scopes: LrsScope[];
  key?: string;
}

export interface LrsCredentialView {
  id: string;
  key: string;
  name: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
}

function toView(entity: LrsCredentialEntity): LrsCredentialView {
  return {
    id: entity.id,
    key: entity.key,
    name: entity.name,
    scopes: entity.scopes,
    createdAt: entity.createdAt.toISOString(),
    revokedAt: entity.revokedAt?.toISOString() ?? null,
  };
}
