import { Injectable } from '@nestjs/common';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { passwordHasher } from '../auth/password-hasher.js';
import { randomToken, sha256Hex } from '../auth/secret-token.js';
import { LrsCredentialsRepository } from './lrs-credentials.repository.js';
import { LRS_SCOPES, type LrsScope } from './lrs-scopes.js';

export interface LrsClient {
  credentialId: string;
  key: string;
  name: string;
  scopes: LrsScope[];
}

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
    const client = {
      credentialId: credential.id,
      key: credential.key,
      name: credential.name,
      scopes: credential.scopes as LrsScope[],
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
}
