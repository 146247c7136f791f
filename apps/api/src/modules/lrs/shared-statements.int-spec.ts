import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lrsHeaders } from '../../../test/api-client.js';
import { loadSharedStatements } from '../../../test/shared-xapi-data.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { normalizeStatement } from './statement-normalizer.js';
import type { Statement } from '@fita/xapi';

/** What the LRS adds or may rewrite: everything else must come back byte-identical as JSON. */
const LRS_FIELDS = ['stored', 'authority', 'version'];

describe('statements written by other projects (cmi5, DATASIM)', () => {
  let app: TestApp;
  const shared = loadSharedStatements();

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('accepts every valid statement and reads it back identical with format=exact', async () => {
    // The cmi5 samples reuse ids across scenarios; a fresh id per statement keeps
    // them apart. Compared as the JSON values sent on the wire: JSON has no -0,
    // so a DATASIM -0.0 travels (and comes back) as 0.
    const sent = shared.statements.map(({ file, statement }) => ({
      file,
      statement: JSON.parse(JSON.stringify({ ...statement, id: randomUUID() })) as Record<
        string,
        unknown
      >,
    }));
    for (let i = 0; i < sent.length; i += 500) {
      const batch = sent.slice(i, i + 500);
      const response = await fetch(`${app.baseUrl}/xapi/statements`, {
        method: 'POST',
        headers: lrsHeaders(app),
        body: JSON.stringify(batch.map((s) => s.statement)),
      });
      expect({
        files: [...new Set(batch.map((s) => s.file))].join(', '),
        status: response.status,
        body: response.status === 200 ? '' : await response.text(),
      }).toMatchObject({ status: 200 });
      await response.arrayBuffer().catch(() => undefined);
    }
    expect(sent.length).toBeGreaterThan(2800);

    for (const { file, statement } of sent) {
      const response = await fetch(
        `${app.baseUrl}/xapi/statements?statementId=${String(statement.id)}&format=exact`,
        { headers: lrsHeaders(app) },
      );
      const back = (await response.json()) as Record<string, unknown>;
      const expected = normalizeStatement(statement as unknown as Statement) as unknown as Record<
        string,
        unknown
      >;
      expect({ file, statement: withoutLrsFields(back, statement) }).toEqual({
        file,
        statement: withoutLrsFields(expected, statement),
      });
    }
  });

  it('refuses the malformed file with 400 and stores nothing', async () => {
    expect(shared.malformed).toHaveLength(1);
    const response = await fetch(`${app.baseUrl}/xapi/statements`, {
      method: 'POST',
      headers: lrsHeaders(app),
      body: shared.malformed[0]?.text,
    });
    expect(response.status).toBe(400);
  });
});

/** Drops what the LRS sets, and the timestamp only when the producer left it out. */
function withoutLrsFields(
  statement: Record<string, unknown>,
  sent: Record<string, unknown>,
): Record<string, unknown> {
  const dropped = [...LRS_FIELDS, ...(sent['timestamp'] === undefined ? ['timestamp'] : [])];
  return Object.fromEntries(Object.entries(statement).filter(([key]) => !dropped.includes(key)));
}
