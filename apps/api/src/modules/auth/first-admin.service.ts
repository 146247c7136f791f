import { Injectable } from '@nestjs/common';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { passwordHasher } from './password-hasher.js';
import { randomToken } from './secret-token.js';
import { UsersRepository } from './users.repository.js';

export interface CreatedAdmin {
  email: string;
  /** Present only when Fita generated it: it is shown once and never again. */
  generatedPassword?: string;
}

/** Creates the first admin on a database without users (spec section 10). */
@Injectable()
export class FirstAdminService {
  constructor(
    private readonly users: UsersRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  async ensure(): Promise<CreatedAdmin | null> {
    const given = this.config.firstAdmin;
    const email = given.email ?? 'admin@fita.local';
    const password = given.password ?? randomToken(12);
    const created = await this.users.createFirstAdmin(email, await passwordHasher.hash(password));
    if (!created) return null;
    return { email: created.email, generatedPassword: given.password ? undefined : password };
  }
}
