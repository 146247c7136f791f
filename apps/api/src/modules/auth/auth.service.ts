import { Injectable } from '@nestjs/common';
import { unauthorized } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { passwordHasher } from './password-hasher.js';
import type { Role } from './role.js';
import { randomToken, sha256Hex } from './secret-token.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: { email: string; role: Role };
}

const INVALID_LOGIN = 'E-mail or password is wrong.';
const ACCOUNT_DISABLED = 'This account is disabled; ask an administrator to enable it.';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleService,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** `clientAddress` feeds the per-address rate limit (src/modules/auth/login-throttle.service.ts). */
  async login(email: string, password: string, clientAddress?: string): Promise<LoginResult> {
    const attempt = await this.throttle.admit(email, clientAddress);
    const user = await this.users.findByEmail(email);
    // Same answer, and about the same time, for an unknown e-mail and a wrong password:
    // no account enumeration (an unknown e-mail is checked against a stand-in hash).
    if (!(await passwordHasher.verify(user?.passwordHash, password)) || !user) {
      await this.throttle.failed(attempt);
      throw unauthorized('auth.invalid_credentials', INVALID_LOGIN);
    }
    await this.throttle.succeeded(attempt);
    // Told only to whoever knows the password, so it reveals nothing to a guesser.
    if (user.disabledAt) throw unauthorized('auth.account_disabled', ACCOUNT_DISABLED);
    const now = this.clock.now();
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.sessions.create(sha256Hex(token), user.id, expiresAt);
    await this.users.touchLogin(user.id, now);
    await this.sessions.deleteExpired(now);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      user: { email: user.email, role: user.role },
    };
  }

  async logout(token: string): Promise<void> {
    await this.sessions.delete(sha256Hex(token));
  }

  async authenticate(token: string): Promise<AuthenticatedUser> {
    const session = await this.sessions.findLive(sha256Hex(token), this.clock.now());
    const user = session ? await this.users.findById(session.userId) : null;
    // Disabling revokes sessions, but a login that raced it may have opened one since.
    if (!user || user.disabledAt)
      throw unauthorized(
        'auth.session_invalid',
        'Your session has expired or is not valid; log in again.',
      );
    return { id: user.id, email: user.email, role: user.role };
  }
}
