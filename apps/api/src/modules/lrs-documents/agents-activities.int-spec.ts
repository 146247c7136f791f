import { randomUUID } from 'node:crypto';
import { postStatements, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { errorCode, xapi } from '../../../test/xapi-documents.js';

describe('xAPI Agents and Activities resources', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const activity = async (activityId: string) => {
    const response = await xapi(app, 'activities', { params: { activityId } });
    expect(response.status).toBe(200);
    return response.json();
  };

  describe('Agents resource', () => {
    it('returns the Person of an agent, each name and identifier in an array', async () => {
      const agent = {
        objectType: 'Agent',
        name: 'Ana Puig',
        account: { homePage: 'https://lms.example.org', name: 'U-1042' },
      };
      const response = await xapi(app, 'agents', { params: { agent } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-experience-api-version')).toBe('1.0.3');
      expect(await response.json()).toEqual({
        objectType: 'Person',
        name: ['Ana Puig'],
        account: [{ homePage: 'https://lms.example.org', name: 'U-1042' }],
      });
      const mbox = await xapi(app, 'agents', {
        params: { agent: { mbox: 'mailto:ana@example.org' } },
      });
      expect(await mbox.json()).toEqual({ objectType: 'Person', mbox: ['mailto:ana@example.org'] });
    });

    it('refuses a missing agent, or one without an identifier (400)', async () => {
      for (const params of [
        {},
        { agent: { objectType: 'Agent', name: 'Ana' } },
        { agent: '{"mbox":' },
      ]) {
        const response = await xapi(app, 'agents', { params });
        expect(response.status).toBe(400);
        expect(await errorCode(response)).toBe('xapi.invalid_parameter');
      }
    });
  });

  describe('Activities resource', () => {
    it('returns an Activity with just its id when the LRS knows no definition', async () => {
      const activityId = `https://example.org/never-seen/${randomUUID()}`;
      expect(await activity(activityId)).toEqual({ objectType: 'Activity', id: activityId });
    });

    it('serves the definition stored statements brought, merged across statements and languages', async () => {
      const activityId = `https://example.org/meetings/${randomUUID()}`;
      const definition = {
        type: 'http://adlnet.gov/expapi/activities/meeting',
        name: { 'en-US': 'example meeting' },
        extensions: { 'https://example.org/room': { floor: 2 } },
      };
      const first = statement({ object: { objectType: 'Activity', id: activityId, definition } });
      const second = statement({
        object: {
          objectType: 'Activity',
          id: activityId,
          definition: { name: { 'fr-FR': 'réunion' } },
        },
      });
      // Both in one batch: the second merges into the first.
      expect((await postStatements(app, [first, second])).status).toBe(200);
      expect(await activity(activityId)).toEqual({
        objectType: 'Activity',
        id: activityId,
        definition: { ...definition, name: { 'en-US': 'example meeting', 'fr-FR': 'réunion' } },
      });

      const later = statement({
        object: { id: activityId, definition: { name: { 'en-US': 'weekly meeting' } } },
      });
      expect((await postStatements(app, later)).status).toBe(200);
      expect(await activity(activityId)).toMatchObject({
        definition: { name: { 'en-US': 'weekly meeting', 'fr-FR': 'réunion' } },
      });
    });

    it('learns context activities and the activities of a SubStatement', async () => {
      const course = `https://example.org/courses/${randomUUID()}`;
      const planned = `https://example.org/lessons/${randomUUID()}`;
      const sent = statement({
        object: {
          objectType: 'SubStatement',
          actor: { mbox: 'mailto:ana@example.org' },
          verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
          object: { id: planned, definition: { name: { en: 'Lesson 1' } } },
        },
        context: {
          contextActivities: { parent: [{ id: course, definition: { name: { en: 'Course' } } }] },
        },
      });
      expect((await postStatements(app, sent)).status).toBe(200);
      expect(await activity(course)).toMatchObject({ definition: { name: { en: 'Course' } } });
      expect(await activity(planned)).toMatchObject({ definition: { name: { en: 'Lesson 1' } } });
    });

    it('records nothing from a batch that is refused', async () => {
      const activityId = `https://example.org/refused/${randomUUID()}`;
      const id = randomUUID();
      expect(
        (await postStatements(app, statement({ id, timestamp: '2020-01-01T00:00:00Z' }))).status,
      ).toBe(200);
      const clash = await postStatements(app, [
        statement({ object: { id: activityId, definition: { name: { en: 'Refused' } } } }),
        statement({ id, timestamp: '2021-01-01T00:00:00Z' }),
      ]);
      expect(clash.status).toBe(409);
      expect(await activity(activityId)).toEqual({ objectType: 'Activity', id: activityId });
    });

    it('refuses a request without an activityId IRI (400)', async () => {
      for (const params of [{}, { activityId: 'not an iri' }]) {
        const response = await xapi(app, 'activities', { params });
        expect(response.status).toBe(400);
        expect(await errorCode(response)).toBe('xapi.invalid_parameter');
      }
    });
  });
});
