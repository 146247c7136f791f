import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lrsHeaders, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

/** About 1.2 MB of statements: over a 1 MB limit. */
function largeBatch(): Record<string, unknown>[] {
  const padding = 'x'.repeat(1_000);
  return Array.from({ length: 1_200 }, () =>
    statement({ id: randomUUID(), result: { response: padding } }),
  );
}

describe('request body limit (FITA_MAX_BODY_MB)', () => {
  describe('at 1 MB', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ env: { FITA_MAX_BODY_MB: '1' } });
    });
    afterAll(() => app.close());

    it('answers 413 with a readable message and stores nothing of the batch', async () => {
      const batch = largeBatch();
      const response = await fetch(`${app.baseUrl}/xapi/statements`, {
        method: 'POST',
        headers: lrsHeaders(app),
        body: JSON.stringify(batch),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        code: 'request.too_large',
        message: expect.stringContaining('1 MB'),
      });
      const first = await fetch(
        `${app.baseUrl}/xapi/statements?statementId=${String(batch[0]?.['id'])}`,
        {
          headers: lrsHeaders(app),
        },
      );
      expect(first.status).toBe(404);
    });

    it('applies the same limit to documents', async () => {
      const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:limits@example.org' }));
      const response = await fetch(
        `${app.baseUrl}/xapi/activities/state?activityId=${encodeURIComponent('https://lms.example.org/a')}&agent=${agent}&stateId=big`,
        {
          method: 'PUT',
          headers: { ...lrsHeaders(app), 'Content-Type': 'application/octet-stream' },
          body: Buffer.alloc(1_200_000),
        },
      );
      expect(response.status).toBe(413);
    });
  });

  describe('switched off (0)', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ env: { FITA_MAX_BODY_MB: '0' } });
    });
    afterAll(() => app.close());

    it('accepts the batch that a 1 MB limit refuses', async () => {
      const response = await fetch(`${app.baseUrl}/xapi/statements`, {
        method: 'POST',
        headers: lrsHeaders(app),
        body: JSON.stringify(largeBatch()),
      });
      expect(response.status).toBe(200);
    });
  });
});
