import type { INestApplicationContext } from '@nestjs/common';
import { randomToken, sha256Hex } from '../modules/auth/secret-token.js';
import { SessionsRepository } from '../modules/auth/sessions.repository.js';
import { LrsCredentialsService } from '../modules/lrs/lrs-credentials.service.js';
import type { DemoTarget } from './demo-http.js';
import type { DemoLoadsRepository } from './demo-loads.repository.js';

const SESSION_MS = 2 * 3_600_000;

/**
 * Credentials for the first start's load through HTTP to itself: a session of
 * the first admin and an LRS credential of its own, both minted in-process
 * (the printed password and secret are not kept anywhere, and a resumed
 * load on a later start never saw them) and both withdrawn when it ends.
 */
export class DemoAccess {
  private constructor(
    private readonly app: INestApplicationContext,
    readonly target: DemoTarget,
  ) {}

  static async open(
    app: INestApplicationContext,
    loads: DemoLoadsRepository,
    baseUrl: string,
    now: Date,
  ): Promise<DemoAccess> {
    const adminId = await loads.firstAdminId();
    if (!adminId) throw new Error('No admin to load the demo as: the first start creates one.');
    const token = randomToken();
    await app
      .get(SessionsRepository, { strict: false })
      .create(sha256Hex(token), adminId, new Date(now.getTime() + SESSION_MS));
    const lrs = await app.get(LrsCredentialsService, { strict: false }).create({
      name: 'Demo data loader (first start)',
      scopes: ['statements/write', 'define'],
      key: `fita-demo-${randomToken(6)}`,
    });
    return new DemoAccess(app, { baseUrl, token, lrs });
  }

  /** Revokes a loader credential an interrupted start left behind. */
  static async revokeLeftover(app: INestApplicationContext, key: string | null): Promise<void> {
    if (!key) return;
    try {
      await app.get(LrsCredentialsService, { strict: false }).revoke(key);
    } catch {
      // Already revoked: nothing left to withdraw.
    }
  }

  async close(): Promise<void> {
    await this.app.get(SessionsRepository, { strict: false }).delete(sha256Hex(this.target.token));
    await DemoAccess.revokeLeftover(this.app, this.target.lrs.key);
  }
}
