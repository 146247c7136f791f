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

  it('lists the uncatalogued courses of spec section 3, with their names, and nothing a catalogued course takes', async () => {
    await postStatements(app, [
      // A module of a catalogued course counts for that course (rule 2).
      statement({
        object: { id: `${LMS}/ai/module-1`, definition: { name: { ca: 'Mòdul 1' } } },
        context: { contextActivities: { parent: [{ id: `${LMS}/ai` }] } },
      }),
      // Under a parent and a grouping the catalogue lacks, the object is the course (rule 3).
      ...[1, 2].map(() =>
        statement({
          object: {
            id: `${LMS}/unknown/module-1`,
            definition: {
              name: { ca: 'Mòdul desconegut' },
              type: 'http://adlnet.gov/expapi/activities/module',
            },
          },
          context: {
            contextActivities: {
              parent: [{ id: `${LMS}/unknown` }],
              grouping: [{ id: `${LMS}/programmes/other` }],
            },
          },
        }),
      ),
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
          name: { ca: 'Mòdul desconegut' },
          type: 'http://adlnet.gov/expapi/activities/module',
          statements: 2,
        },
      ]),
    );
    const ids = listed.body.map((a) => a.activityId);
    for (const taken of [
      `${LMS}/ai`,
      `${LMS}/ai/module-1`,
      `${LMS}/unknown`,
      `${LMS}/programmes/other`,
    ]) {
      expect(ids).not.toContain(taken);
    }
    expect((await getJson(app.baseUrl, '/api/courses/uncatalogued?limit=0', token)).status).toBe(
      400,
    );
  });
});
