import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { passwordHasher } from '../src/modules/auth/password-hasher.js';
import type { Role } from '../src/modules/auth/role.js';
import { UserEntity } from '../src/modules/auth/user.entity.js';
import { login } from './api-client.js';
import type { TestApp } from './test-app.js';

export interface SignedInUser {
  id: string;
  email: string;
  role: Role;
  token: string;
}

/** A dashboard user of the role, created in the database and signed in over HTTP. */
export async function signInAs(
  app: TestApp,
  role: Role,
  name: string = role,
): Promise<SignedInUser> {
  const id = randomUUID();
  const email = `${name}@test.local`;
  const password = `test-${name}-password`;
  await app.app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({ id, email, passwordHash: await passwordHasher.hash(password), role });
  return {
    id,
    email,
    role,
    token: await login({ baseUrl: app.baseUrl, admin: { email, password } }),
  };
}

/** The first admin that startTestApp creates, signed in. */
export async function signInAdmin(app: TestApp): Promise<SignedInUser> {
  const token = await login(app);
  const me = await fetch(`${app.baseUrl}/api/auth/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { id, email } = (await me.json()) as { id: string; email: string };
  return { id, email, role: 'admin', token };
}
