import { validateStatement, type StatementValidationResult } from './statement-validation.js';
import type { XapiVersion } from './validation/validation-report.js';
import { XapiError } from './xapi-error.js';

const statement = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  actor: { mbox: 'mailto:ana.puig@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  object: { id: 'https://lms.example.org/courses/1' },
  ...extra,
});

const rules = (result: StatementValidationResult): string[] =>
  result.ok ? [] : result.errors.map((e) => `${e.path} ${e.rule}`);

describe('validateStatement: options.version', () => {
  test('defaults to 1.0.3, so existing callers keep 1.0.3 rules', () => {
    const input = statement({ version: '2.0.0' });
    expect(rules(validateStatement(input))).toEqual(['$.version version.format']);
    expect(rules(validateStatement(input, {}))).toEqual(['$.version version.format']);
    expect(rules(validateStatement(input, { version: '2.0.0' }))).toEqual([]);
  });

  test.each<[string, XapiVersion, boolean]>([
    ['1.0', '1.0.3', true],
    ['1.0.0', '1.0.3', true],
    ['1.0.9', '1.0.3', true],
    ['2.0.0', '1.0.3', false],
    ['1.0', '2.0.0', true],
    ['1.0.3', '2.0.0', true],
    ['2.0', '2.0.0', true],
    ['2.0.1', '2.0.0', true],
    ['1.1.0', '2.0.0', false],
    ['0.95', '2.0.0', false],
  ])('statement version %s under xAPI %s accepted: %s', (version, header, accepted) => {
    expect(validateStatement(statement({ version }), { version: header }).ok).toBe(accepted);
  });

  test('contextAgents and contextGroups exist only in 2.0.0', () => {
    const input = statement({
      context: {
        contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:t@example.org' } }],
      },
    });
    expect(rules(validateStatement(input, { version: '2.0.0' }))).toEqual([]);
    expect(rules(validateStatement(input, { version: '1.0.3' }))).toEqual([
      '$.context.contextAgents property.unknown',
    ]);
  });

  test('an unsupported version is a programming error, not a statement error', () => {
    const call = (): unknown =>
      validateStatement(statement(), { version: '1.0.2' as unknown as XapiVersion });
    expect(call).toThrow(XapiError);
    expect(call).toThrow("use '1.0.3' or '2.0.0'");
  });
});

describe('validateStatement: timestamps per version', () => {
  test.each<[string, boolean, boolean]>([
    ['2021-03-01T10:15:00Z', true, true],
    ['2021-03-01T10:15:00.123456Z', true, true],
    ['2008-09-15T15:53:00.601+00:00', true, true],
    ['2023-05-04T12:00:00-05:00', true, true],
    ['2020-12-31T23:30:00', true, false],
    ['2021-03-01T10:15Z', true, false],
    ['2021-03-01T11:15:00+0100', true, false],
    ['2021-03-01T11:15:00+01', true, false],
    ['2008-09-15T15:53:00.601-00:00', false, false],
    ['2008-09-15T15:53:00.601-0000', false, false],
    ['2008-09-15T15:53:00.601-00', false, false],
    ['2021-13-01T10:15:00Z', false, false],
    ['2021-02-29T10:15:00Z', false, false],
    ['2021-03-01t10:15:00z', false, false],
    ['2021-03-01 10:15:00Z', false, false],
    ['01/011/2015', false, false],
  ])('%s: 1.0.3 %s, 2.0.0 %s', (timestamp, under103, under200) => {
    expect(validateStatement(statement({ timestamp }), { version: '1.0.3' }).ok).toBe(under103);
    expect(validateStatement(statement({ timestamp }), { version: '2.0.0' }).ok).toBe(under200);
    expect(validateStatement(statement({ stored: timestamp }), { version: '2.0.0' }).ok).toBe(
      under200,
    );
  });
});

describe('validateStatement: messages', () => {
  test('a key in the wrong case points to the right one', () => {
    const { actor, ...rest } = statement();
    const result = validateStatement({ ...rest, Actor: actor });
    expect(rules(result)).toEqual(['$.Actor property.unknown', '$.actor required']);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('use "actor"');
  });

  test('a null is reported once, as a null', () => {
    expect(rules(validateStatement(statement({ result: { success: null, score: null } })))).toEqual(
      ['$.result.success value.null', '$.result.score value.null'],
    );
  });

  test('nulls are allowed inside extensions, at any depth', () => {
    const extensions = { 'https://example.org/x': null, 'https://example.org/y': { z: [null] } };
    expect(rules(validateStatement(statement({ result: { extensions } })))).toEqual([]);
  });
});
