import { describe, expect, it } from '@jest/globals';
import { actorKey } from '@fita/xapi';
import { anonymiseStatement, anonymousAgent, anonymousKeyOf } from './anonymous-statement.js';

const ANA = { objectType: 'Agent', name: 'Ana García', mbox: 'mailto:Ana@Example.org' };
const ANA_KEYS = new Set([
  actorKey({ mbox: 'mailto:ana@example.org' }),
  actorKey({ account: { homePage: 'https://lms.example.org/', name: 'ana' } }),
]);
const ANONYMOUS = anonymousAgent('6f1c2d4e-0000-4000-8000-000000000001');

describe('anonymiseStatement', () => {
  it('replaces the actor, display name included, and keeps id, verb, object and times', () => {
    const statement = {
      id: 'a6b0d3c2-1b7e-4a4e-9d55-0d7d3b0f6a11',
      actor: ANA,
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: 'https://lms.example.org/courses/cloud' },
      timestamp: '2020-03-10T10:00:00Z',
    };
    const result = anonymiseStatement(statement, ANA_KEYS, ANONYMOUS);
    expect(result.replaced).toBe(1);
    expect(result.payload).toEqual({
      ...statement,
      actor: {
        objectType: 'Agent',
        account: { homePage: 'urn:fita:erased', name: '6f1c2d4e-0000-4000-8000-000000000001' },
      },
    });
    expect(JSON.stringify(result.payload)).not.toMatch(/ana/i);
  });

  it('replaces the person wherever an Agent may stand, under any of their keys, and leaves others', () => {
    const bob = { mbox: 'mailto:bob@example.org' };
    const statement = {
      actor: {
        objectType: 'Group',
        member: [bob, { account: { homePage: 'https://lms.example.org', name: 'ana' } }],
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
      object: {
        objectType: 'SubStatement',
        actor: bob,
        verb: { id: 'http://example.org/mentored' },
        object: { objectType: 'Agent', mbox_sha1sum: [...ANA_KEYS][0]?.slice(5).toUpperCase() },
      },
      context: { instructor: ANA, contextAgents: [{ objectType: 'contextAgent', agent: ANA }] },
    };
    const result = anonymiseStatement(statement, ANA_KEYS, ANONYMOUS);
    expect(result.replaced).toBe(4);
    const text = JSON.stringify(result.payload);
    expect(text).not.toMatch(/ana/i);
    expect(text).toContain('bob@example.org');
  });

  it('drops the signature of a statement it rewrote, and keeps other attachments', () => {
    const statement = {
      actor: ANA,
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: 'https://lms.example.org/courses/cloud' },
      attachments: [
        {
          usageType: 'http://adlnet.gov/expapi/attachments/signature',
          sha2: 'abc',
          length: 3,
          contentType: 'application/octet-stream',
          display: { en: 'sig' },
        },
        {
          usageType: 'http://example.org/certificate',
          sha2: 'def',
          length: 3,
          contentType: 'application/pdf',
          display: { en: 'cert' },
        },
      ],
    };
    const result = anonymiseStatement(statement, ANA_KEYS, ANONYMOUS);
    expect(result.droppedSignatures).toEqual(['abc']);
    expect(
      (result.payload as { attachments: { sha2: string }[] }).attachments.map((a) => a.sha2),
    ).toEqual(['def']);
  });

  it('keys the anonymous person as any account is keyed', () => {
    expect(anonymousKeyOf('6f1c2d4e-0000-4000-8000-000000000001')).toBe(
      'account:urn:fita:erased|6f1c2d4e-0000-4000-8000-000000000001',
    );
  });

  it('changes nothing in a statement without the person', () => {
    const statement = {
      actor: { mbox: 'mailto:bob@example.org' },
      verb: { id: 'v' },
      object: { id: 'o' },
    };
    const result = anonymiseStatement(statement, ANA_KEYS, ANONYMOUS);
    expect(result).toEqual({ payload: statement, replaced: 0, droppedSignatures: [] });
  });
});
