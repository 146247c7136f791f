import { Injectable, Logger } from '@nestjs/common';
import { tooManyRequests } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { clientNetwork } from './client-address.js';
import {
  countAttempt,
  isLocked,
  lockedFrom,
  secondsLocked,
  type ThrottleLimit,
} from './login-throttle.js';
import { LoginThrottlesRepository } from './login-throttles.repository.js';
import { sha256Hex } from './secret-token.js';

/** A login attempt let through to the password check. */
export interface AdmittedLogin {
  accountKey: string;
  /** This attempt's number among the e-mail address's attempts in the current window. */
  accountAttempt: number;
  network: string;
}

const MINUTE_MS = 60_000;

/**
 * Login rate limiting and lockout (issue 9). Per client address: at most N
 * attempts a minute. Per e-mail address, whether it has an account or not
 * (so the answers reveal no accounts): after N failures within the window it
 * is locked for the lockout. The counts live in Postgres, shared by every
 * API process.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);
  private readonly accountLimit: ThrottleLimit;
  private readonly addressLimit: ThrottleLimit;

  constructor(
    private readonly throttles: LoginThrottlesRepository,
    @InjectConfig() config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {
    const limits = config.loginThrottle;
    this.accountLimit = {
      maxAttempts: limits.maxFailures,
      windowMs: limits.failureWindowMinutes * MINUTE_MS,
      lockoutMs: limits.lockoutMinutes * MINUTE_MS,
    };
    this.addressLimit = {
      maxAttempts: limits.maxPerAddressPerMinute,
      windowMs: MINUTE_MS,
      lockoutMs: MINUTE_MS,
    };
  }

  /** Counts the attempt against its client address, then its e-mail address; 429 when either is over its limit. */
  async admit(email: string, clientAddress: string | undefined): Promise<AdmittedLogin> {
    const now = this.clock.now();
    const network = clientNetwork(clientAddress);
    const byAddress = await this.throttles.update(addressKey(network), (state) =>
      countAttempt(state, now, this.addressLimit),
    );
    if (isLocked(byAddress, now)) {
      const seconds = secondsLocked(byAddress, now);
      throw tooManyRequests(
        'auth.too_many_attempts',
        `Too many login attempts from your network address; try again in ${seconds} seconds.`,
        seconds,
      );
    }
    const accountKey = accountKeyOf(email);
    const byAccount = await this.throttles.update(accountKey, (state) =>
      countAttempt(state, now, this.accountLimit),
    );
    if (isLocked(byAccount, now)) throw accountLocked(secondsLocked(byAccount, now));
    return { accountKey, accountAttempt: byAccount.attempts, network };
  }

  /** A wrong password (or an unknown e-mail): the last failure the window allows locks the e-mail address. */
  async failed(login: AdmittedLogin): Promise<void> {
    if (login.accountAttempt < this.accountLimit.maxAttempts) return;
    const now = this.clock.now();
    await this.throttles.update(login.accountKey, (state) =>
      lockedFrom(state, now, this.accountLimit),
    );
    // Neither the e-mail address (it may hold a mistyped password) nor any password is logged.
    this.logger.warn(
      `logins to one e-mail address locked for ${this.accountLimit.lockoutMs / MINUTE_MS} min after ${login.accountAttempt} failures (last from ${login.network})`,
    );
  }

  /** The password was right: the e-mail address's failures are forgotten. */
  async succeeded(login: AdmittedLogin): Promise<void> {
    await this.throttles.clear(login.accountKey);
    await this.throttles.deleteExpired(this.clock.now());
  }
}

/** The same answer whether the e-mail address has an account or not. */
function accountLocked(seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return tooManyRequests(
    'auth.locked',
    `Too many failed logins with this e-mail address: it is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}. Try again later.`,
    seconds,
  );
}

function accountKeyOf(email: string): string {
  return sha256Hex(`account:${email.trim().toLowerCase()}`);
}

function addressKey(network: string): string {
  return sha256Hex(`address:${network}`);
}
