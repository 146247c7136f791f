import { describe, expect, it } from '@jest/globals';
import type { Statement } from '@fita/xapi';
import { isSameSignedStatement } from './statement-signature.js';

const signed = {
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: { mbox: 'mailto:ana@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  object: { id: 'https://lms.example.org/courses/1' },
  context: { contextActivities: { parent: { id: 'https://lms.example.org' } } },
  result: { duration: 'PT1M0.12S' },
  timestamp: '2024-05-04T12:00:00-05:00',
};

const received = (overrides: Record<string, unknown> = {}) =>
  ({ ...signed, ...overrides }) as unknown as Statement;

describe('isSameSignedStatement', () => {
  it('ignores attachments, authority, stored and the serialization of timestamps and context activities', () => {
    const statement = received({
      id: signed.id.toUpperCase(),
      timestamp: '2024-05-04T17:00:00.000Z',
      context: { contextActivities: { parent: [{ id: 'https://lms.example.org' }] } },
      stored: '2024-05-04T17:00:01.000Z',
      authority: { mbox: 'mailto:lrs@example.org' },
      attachments: [],
    });
    expect(isSameSignedStatement(signed, statement, '1.0.3')).toBe(true);
  });

  it('ignores an id, timestamp or version the signed statement lacks', () => {
    const { id: _id, timestamp: _timestamp, ...withoutThem } = signed;
    expect(isSameSignedStatement(withoutThem, received({ version: '1.0.3' }), '1.0.3')).toBe(true);
  });

  it('sees any other difference', () => {
    const statement = received({ verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } });
    expect(isSameSignedStatement(signed, statement, '1.0.3')).toBe(false);
    expect(isSameSignedStatement({ actor: signed.actor }, received(), '1.0.3')).toBe(false);
  });

  it('compares durations to the hundredth of a second in 2.0.0, as strings in 1.0.3', () => {
    const longer = received({ result: { duration: 'PT1M0.1299S' } });
    expect(isSameSignedStatement(signed, longer, '2.0.0')).toBe(true);
    expect(isSameSignedStatement(signed, longer, '1.0.3')).toBe(false);
  });
});
