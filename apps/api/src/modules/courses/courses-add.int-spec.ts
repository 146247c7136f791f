import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { getJson, login, postStatements, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { passwordHasher } from '../auth/password-hasher.js';
import { UserEntity } from '../auth/user.entity.js';

const LMS = 'https://lms.example.org/courses';

describe('adding one course to the catalogue (POST /api/courses)', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
  });
  afterAll(() => app.close());

  async function add(body: unknown, bearer = token) {
    const response = await fetch(`${app.baseUrl}/api/courses`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown> & {
        details?: { field: string; message: string }[];
      },
    };
  }

  const catalogueVersion = async (): Promise<number> => {
    const rows = await app.app
      .get(DataSource)
      .query<{ version: string }[]>(`SELECT version FROM data_versions WHERE name = 'courses'`);
    return Number(rows[0]?.version ?? 0);
  };
  const uncatalogued = async () =>
    (
      await getJson<{ activityId: string }[]>(app.baseUrl, '/api/courses/uncatalogued', token)
    ).body.map((activity) => activity.activityId);

  it('classifies an uncatalogued activity, as an import would', async () => {
    const activityId = `${LMS}/classify-me`;
    await postStatements(app, [statement({ object: { id: activityId } })]);
    expect(await uncatalogued()).toContain(activityId);
    const before = await catalogueVersion();

    const added = await add({
      activityId,
      title: '  Classify me ',
      format: 'mooc',
      mode: 'async',
      programme: 'cibernarium',
      tags: ['equality', 'equality', 'digital-skills'],
    });
    expect(added).toEqual({
      status: 201,
      body: {
        activityId,
        title: 'Classify me',
        format: 'mooc',
        mode: 'async',
        programme: 'cibernarium',
        tags: ['equality', 'digital-skills'],
      },
    });
    // The trigger every catalogue write fires: answer caches and the facts see the change.
    expect(await catalogueVersion()).toBeGreaterThan(before);
    expect(await uncatalogued()).not.toContain(activityId);
    const { body: catalogue } = await getJson<{ activityId: string }[]>(
      app.baseUrl,
      '/api/courses',
      token,
    );
    expect(catalogue.map((course) => course.activityId)).toContain(activityId);
  });

  it('refuses a course already catalogued (409) and leaves it as it was', async () => {
    const activityId = `${LMS}/twice`;
    expect((await add({ activityId, title: 'First', format: 'course', mode: 'sync' })).status).toBe(
      201,
    );
    const again = await add({ activityId, title: 'Second', format: 'mooc', mode: 'async' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'courses.already_catalogued',
      details: [{ field: 'activityId', message: 'is already in the catalogue' }],
    });
    const { body } = await getJson<{ activityId: string; title: string }[]>(
      app.baseUrl,
      '/api/courses',
      token,
    );
    expect(body.find((course) => course.activityId === activityId)?.title).toBe('First');
  });

  it('names every field the import rules refuse (400), and adds nothing', async () => {
    const activityId = `${LMS}/bad-${randomUUID()}`;
    const refused = await add({
      activityId,
      title: ' ',
      format: 'webinar',
      mode: 'live',
      programme: null,
      tags: ['Bad Tag'],
    });
    expect(refused.status).toBe(400);
    expect(refused.body['code']).toBe('courses.invalid_course');
    expect(refused.body.details).toEqual([
      { field: 'title', message: 'is required' },
      { field: 'format', message: expect.stringContaining('"webinar"') },
      { field: 'mode', message: expect.stringContaining('"live"') },
      { field: 'tags', message: expect.stringContaining('"Bad Tag"') },
    ]);
    const notAnIri = await add({
      activityId: 'classify me',
      title: 'T',
      format: 'mooc',
      mode: 'sync',
    });
    expect(notAnIri.body.details).toEqual([
      { field: 'activityId', message: expect.stringContaining('is not an IRI') },
    ]);
    const { body } = await getJson<{ activityId: string }[]>(app.baseUrl, '/api/courses', token);
    expect(body.map((course) => course.activityId)).not.toContain(activityId);
  });

  it('refuses a body of the wrong shape, naming the field', async () => {
    const missing = await add({ title: 'No id', format: 'mooc', mode: 'sync', colour: 'red' });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual(
      expect.arrayContaining([
        { field: 'activityId', message: 'is required: text' },
        { field: '(body)', message: expect.stringContaining('colour') },
      ]),
    );
    const tags = await add({
      activityId: `${LMS}/tags`,
      title: 'Tags',
      format: 'mooc',
      mode: 'sync',
      tags: 'a;b',
    });
    expect(tags.body.details).toEqual([{ field: 'tags', message: 'must be a list of tags' }]);
  });

  it('is for admins only', async () => {
    const email = 'manager@test.local';
    const password = 'test-manager-password';
    await app.app
      .get(DataSource)
      .getRepository(UserEntity)
      .insert({
        id: randomUUID(),
        email,
        passwordHash: await passwordHasher.hash(password),
        role: 'manager',
      });
    const manager = await login({ baseUrl: app.baseUrl, admin: { email, password } });
    const refused = await add(
      { activityId: `${LMS}/manager`, title: 'M', format: 'mooc', mode: 'sync' },
      manager,
    );
    expect(refused.status).toBe(403);
  });
});
