import { isIri, isMailtoIri, isMediaType } from './format-checks.js';

describe('isIri (absolute IRIs and IRLs)', () => {
  test.each([
    'http://adlnet.gov/expapi/verbs/completed',
    'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
    'http://example.com/فعل/خواندن',
    'http://example.com/path/../slug',
    'urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
    'mailto:ana@example.org',
    'tag:example.org,2021:activity-1',
    'http://example.com/a%20b?q=1#frag',
    'http://[::1]:8080/x',
  ])('accepts %s', (iri) => {
    expect(isIri(iri)).toBe(true);
  });

  test.each([
    ['not.valid.com/extension', 'no scheme'],
    ['abc', 'no scheme'],
    ['ab=c://should.fail.com', 'invalid scheme character'],
    ['1http://example.com', 'scheme not starting with a letter'],
    ['http:', 'nothing after the scheme'],
    ['http://example.com/a b', 'space'],
    ['http://example.com/<x>', 'excluded character'],
    ['http://example.com/100%', 'bare percent sign'],
    ['http://example.com/#a#b', 'two fragments'],
    ['', 'empty'],
  ])('refuses %s (%s)', (iri) => {
    expect(isIri(iri)).toBe(false);
  });

  test('refuses non-strings', () => {
    expect(isIri(42)).toBe(false);
  });
});

describe('isMailtoIri', () => {
  test.each([
    ['mailto:ana@example.org', true],
    ['MAILTO:ana@example.org', true],
    ['ana@example.org', false],
    ['mailto:ana', false],
    ['mailto:ana @example.org', false],
    ['mailto:', false],
  ])('%s: %s', (mbox, expected) => {
    expect(isMailtoIri(mbox)).toBe(expected);
  });
});

describe('isMediaType', () => {
  test.each([
    ['application/pdf', true],
    ['text/plain; charset=ascii', true],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
    ['pdf', false],
    ['text/', false],
    ['/plain', false],
  ])('%s: %s', (type, expected) => {
    expect(isMediaType(type)).toBe(expected);
  });
});
