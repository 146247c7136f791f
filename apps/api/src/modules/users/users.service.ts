import { Injectable } from '@nestjs/common';
import { conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import { passwordHasher } from '../auth/password-hasher.js';
import type { Role } from '../auth/role.js';
import type { UserEntity } from '../auth/user.entity.js';
import { temporaryPassword } from './password-policy.js';
import { UserAccountsRepository, type LockedUserAccounts } from './user-accounts.repository.js';

export interface UserView {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  lastLoginAt: string | null;
  disabledAt: string | null;
}

export interface UserWithPassword {
  user: UserView;
  /** Generated here and returned this once; only its hash is kept. */
  temporaryPassword: string | null;
}

export interface NewUserRequest {
  email: string;
  role: Role;
  /** Already checked against the password policy; absent to generate one. */
  password?: string;
}

/**
 * User administration. Each refusal keeps at least one admin able to sign in,
 * and an admin cannot lock themselves out by mistake.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly accounts: UserAccountsRepository,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async list(): Promise<UserView[]> {
    return (await this.accounts.list()).map(toView);
  }

  async create(request: NewUserRequest): Promise<UserWithPassword> {
    const password = request.password ?? temporaryPassword();
    const created = await this.accounts.insert({
      email: request.email,
      role: request.role,
      passwordHash: await passwordHasher.hash(password),
    });
    if (!created)
      throw conflict(
        'users.email_taken',
        `A user with the e-mail address "${request.email}" already exists.`,
      );
    return {
      user: toView(created),
      temporaryPassword: request.password === undefined ? password : null,
    };
  }

  changeRole(actor: AuthenticatedUser, id: string, role: Role): Promise<UserView> {
    if (actor.id === id)
      throw conflict(
        'users.own_role',
        'You cannot change your own role; another admin has to do it.',
      );
    return this.accounts.inAccountsLock(async (accounts) => {
      const user = await existing(accounts, id);
      if (user.role === role) return toView(user);
      if (role !== 'admin') await keepAnotherAdmin(accounts, user, 'change the role of');
      return toView(await accounts.update(id, { role }));
    });
  }

  /** Disables the account and ends its sessions at once; disabling twice changes nothing. */
  disable(actor: AuthenticatedUser, id: string): Promise<UserView> {
    if (actor.id === id)
      throw conflict(
        'users.own_account',
        'You cannot disable your own account; another admin has to do it.',
      );
    return this.accounts.inAccountsLock(async (accounts) => {
      const user = await existing(accounts, id);
      if (user.disabledAt) return toView(user);
      await keepAnotherAdmin(accounts, user, 'disable');
      const disabled = await accounts.update(id, { disabledAt: this.clock.now() });
      await accounts.endSessions(id);
      return toView(disabled);
    });
  }

  enable(id: string): Promise<UserView> {
    return this.accounts.inAccountsLock(async (accounts) => {
      const user = await existing(accounts, id);
      if (!user.disabledAt) return toView(user);
      return toView(await accounts.update(id, { disabledAt: null }));
    });
  }

  /** A new temporary password, returned once; the old password and every session stop working. */
  async resetPassword(id: string): Promise<UserWithPassword> {
    const password = temporaryPassword();
    const passwordHash = await passwordHasher.hash(password);
    return this.accounts.inAccountsLock(async (accounts) => {
      await existing(accounts, id);
      const user = await accounts.update(id, { passwordHash });
      await accounts.endSessions(id);
      return { user: toView(user), temporaryPassword: password };
    });
  }
}

async function existing(accounts: LockedUserAccounts, id: string): Promise<UserEntity> {
  const user = await accounts.findById(id);
  if (!user) throw notFound('users.not_found', `No user with id "${id}".`);
  return user;
}

/** Refuses to take the last enabled admin away (`action` is what the admin tried). */
async function keepAnotherAdmin(
  accounts: LockedUserAccounts,
  user: UserEntity,
  action: string,
): Promise<void> {
  const enabledAdmin = user.role === 'admin' && !user.disabledAt;
  if (enabledAdmin && (await accounts.countEnabledAdminsOtherThan(user.id)) === 0)
    throw conflict(
      'users.last_admin',
      `You cannot ${action} ${user.email}: Fita needs at least one enabled admin.`,
    );
}

function toView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}
