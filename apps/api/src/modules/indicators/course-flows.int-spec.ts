import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed' },
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended' },
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched' },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided' },
};
const COURSE = 'https://lms.example.org/courses/ai';
const ANA = { mbox: 'mailto:ana@example.org' };
const ANA_LMS = { account: { homePage: 'https://lms.example.org', name: 'ana' } };
const BET = { mbox: 'mailto:bet@example.org' };
const CAI = { mbox: 'mailto:cai@example.org' };

interface Flows {
  users: number;
  enrolments: number;
  completions: number;
  completers: number;
  completionRate: number | null;
  coursesPerPerson: number | null;
  coursesPerCompleter: number | null;
}

/** Spec sections 3 to 5: first-ever enrolments and completions of (person, course) pairs. */
describe('enrolments and completions', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    await upload(
      '/api/learners/import',
      'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district\n' +
        'P-ana,ana@example.org,,,woman,,,,,\nP-ana,,https://lms.example.org,ana,woman,,,,,\n',
    );
  });
  afterAll(() => app.close());

  async function upload(path: string, csv: string) {
    const form = new FormData();
    form.append('file', new Blob([csv]), 'file.csv');
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(200);
  }
  async function post(...statements: Record<string, unknown>[]): Promise<string[]> {
    const response = await postStatements(app, statements);
    expect(response.status).toBe(200);
    const ids = (await response.json()) as string[];
    await waitForFreshness(app.baseUrl, token);
    return ids;
  }
  const year = async (y: number) =>
    (await getJson<Flows>(app.baseUrl, `/api/indicators?from=${y}-01-01&to=${y}-12-31`, token))
      .body;
  const at = (
    timestamp: string,
    verb: { id: string },
    actor: object,
    object: object,
    context = {},
  ) => statement({ timestamp, verb, actor, object, context });

  it('counts a pair once, in the year of its first ever enrolment, across a person’s identifiers', async () => {
    await post(
      at('2019-03-01T10:00:00Z', VERB.registered, ANA, { id: COURSE }),
      at('2020-02-01T10:00:00Z', VERB.registered, ANA_LMS, { id: COURSE }),
      at('2020-02-01T10:00:00Z', VERB.registered, BET, { id: COURSE }),
      at('2020-02-02T10:00:00Z', VERB.launched, BET, { id: COURSE }),
    );
    expect(await year(2019)).toMatchObject({ enrolments: 1, completions: 0, completionRate: 0 });
    expect(await year(2020)).toMatchObject({ enrolments: 1, users: 2 });
  });

  it('counts completions by each completion verb and attributes modules to their parent', async () => {
    await post(
      at('2020-05-01T10:00:00Z', VERB.passed, ANA, { id: COURSE }),
      at('2020-05-02T10:00:00Z', VERB.completed, ANA, { id: COURSE }), // the same pair again
      at(
        '2020-06-01T10:00:00Z',
        VERB.completed,
        BET,
        { id: `${COURSE}/module-1` },
        {
          contextActivities: { parent: [{ id: COURSE }] },
        },
      ),
      at('2020-07-01T10:00:00Z', VERB.attended, CAI, {
        id: 'https://meet.example.org/masterclass-9',
      }),
    );
    // Before any catalogue, the module and the masterclass are their own (uncatalogued) courses.
    expect(await year(2020)).toMatchObject({
      enrolments: 1,
      completions: 3,
      completers: 3,
      completionRate: 3,
      coursesPerCompleter: 1,
    });
  });

  it('attributes again when the catalogue changes', async () => {
    await upload(
      '/api/courses/import',
      `activity_id,title,format,mode,programme,tags\n${COURSE},AI,mooc,async,cibernarium,\n`,
    );
    // Any new statement makes the refresh run; the new catalogue rebuilds the facts.
    await post(at('2021-01-10T10:00:00Z', VERB.launched, CAI, { id: COURSE }));
    // Bet's module completion now counts for the course itself: still 3 pairs, one per person.
    expect(await year(2020)).toMatchObject({ completions: 3, completers: 3 });
    await post(
      at(
        '2020-08-01T10:00:00Z',
        VERB.completed,
        BET,
        { id: `${COURSE}/module-2` },
        {
          contextActivities: { parent: [{ id: COURSE }] },
        },
      ),
    );
    // A second module of the same catalogued course is the same pair: no new completion.
    expect(await year(2020)).toMatchObject({ completions: 3 });
  });

  it('makes the next statement first when the first ever is voided', async () => {
    const dan = { mbox: 'mailto:dan@example.org' };
    const [first] = await post(at('2018-01-05T10:00:00Z', VERB.registered, dan, { id: COURSE }));
    await post(at('2021-03-05T10:00:00Z', VERB.registered, dan, { id: COURSE }));
    expect(await year(2021)).toMatchObject({ enrolments: 0 });
    await post(
      statement({
        verb: VERB.voided,
        actor: dan,
        object: { objectType: 'StatementRef', id: first },
      }),
    );
    expect(await year(2018)).toMatchObject({ enrolments: 0 });
    expect(await year(2021)).toMatchObject({ enrolments: 1 });
  });

  it('breaks enrolments and completions down like users, plus the course format', async () => {
    const { body } = await getJson<{
      completions: number;
      breakdowns: { completions: Record<string, Record<string, number>> };
    }>(app.baseUrl, '/api/indicators?from=2020-01-01&to=2020-12-31', token);
    expect(body.completions).toBe(3);
    expect(body.breakdowns.completions['sex']).toEqual({
      woman: 1,
      man: 0,
      non_binary: 0,
      unknown: 2,
    });
    expect(body.breakdowns.completions['format']).toEqual({
      mooc: 2,
      instant: 0,
      masterclass: 0,
      course: 0,
      uncatalogued: 1,
      unknown: 0,
    });
  });

  it('does not count Group actors', async () => {
    const before = await year(2022);
    await post(
      at(
        '2022-01-05T10:00:00Z',
        VERB.registered,
        {
          objectType: 'Group',
          mbox: 'mailto:team@example.org',
          member: [],
        },
        { id: COURSE },
      ),
    );
    expect(await year(2022)).toMatchObject({ enrolments: before.enrolments, users: before.users });
  });
});
