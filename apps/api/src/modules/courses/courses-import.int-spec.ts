import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getJson, login, postStatements, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const HEADER = 'activity_id,title,format,mode,programme,tags';
const LMS = 'https://lms.example.org/courses';

describe('course catalogue import (spec section 9)', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
  });
  afterAll(() => app.close());

  async function upload(...rows: string[]) {
    const form = new FormData();
    form.append('file', new Blob([[HEADER, ...rows].join('\r\n')]), 'catalogue.csv');
    const response = await fetch(`${app.baseUrl}/api/courses/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown> & {
        errors?: { row: number; column: string; message: string }[];
      },
    };
  }
  const catalogue = async () =>
    (await getJson<{ activityId: string; tags: string[] }[]>(app.baseUrl, '/api/courses', token))
      .body;

  it('imports courses with quoted titles and tags, and changes nothing on the same file again', async () => {
    const rows = [
      `${LMS}/ai,"Intel·ligència artificial, primers passos",mooc,async,cibernarium,digital-skills;equality`,
      `${LMS}/cv,Com fer un CV,masterclass,sync,,`,
    ];
    expect(await upload(...rows)).toEqual({
      status: 200,
      body: { applied: 2, coursesCreated: 2, coursesUpdated: 0 },
    });
    expect(await upload(...rows)).toEqual({
      status: 200,
      body: { applied: 2, coursesCreated: 0, coursesUpdated: 0 },
    });
    expect(await catalogue()).toEqual([
      expect.objectContaining({
        activityId: `${LMS}/ai`,
        title: 'Intel·ligència artificial, primers passos',
        programme: 'cibernarium',
        tags: ['digital-skills', 'equality'],
      }),
      expect.objectContaining({ activityId: `${LMS}/cv`, programme: null, tags: [] }),
    ]);
  });

  it('reports every row error, including a course listed twice, and applies nothing', async () => {
    const answer = await upload(
      `${LMS}/new,New course,course,async,cibernarium,`,
      `${LMS}/bad,,webinar,live,,Bad Tag`,
      `${LMS}/new,Again,course,async,,`,
    );
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      { row: 3, column: 'title', message: 'is required' },
      { row: 3, column: 'format', message: expect.stringContaining('"webinar"') },
      { row: 3, column: 'mode', message: expect.stringContaining('"live"') },
      { row: 3, column: 'tags', message: expect.stringContaining('"Bad Tag"') },
      { row: 4, column: 'activity_id', message: expect.stringContaining('course of row 2') },
    ]);
    expect((await catalogue()).map((c) => c.activityId)).not.toContain(`${LMS}/new`);
  });

  it('lists activities statements treat as courses that the catalogue lacks, with their names', async () => {
    await postStatements(app, [
      statement({
        object: {
          id: `${LMS}/unknown/module-1`,
          definition: {
            name: { ca: 'Mòdul 1' },
            type: 'http://adlnet.gov/expapi/activities/module',
          },
        },
        context: { contextActivities: { parent: [{ id: `${LMS}/ai` }] } },
      }),
    ]);
    const listed = await getJson<{ activityId: string; name: unknown; statements: number }[]>(
      app.baseUrl,
      '/api/courses/uncatalogued',
      token,
    );
    expect(listed.body).toEqual(
      expect.arrayContaining([
        {
          activityId: `${LMS}/unknown/module-1`,
          name: { ca: 'Mòdul 1' },
          type: 'http://adlnet.gov/expapi/activities/module',
          statements: 1,
        },
      ]),
    );
    expect(listed.body.map((a) => a.activityId)).not.toContain(`${LMS}/ai`);
    expect((await getJson(app.baseUrl, '/api/courses/uncatalogued?limit=0', token)).status).toBe(
      400,
    );
  });
});
