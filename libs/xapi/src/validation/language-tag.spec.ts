import { isLanguageTag } from './language-tag.js';

describe('isLanguageTag (RFC 5646 well-formedness)', () => {
  test.each([
    ['de', 'language'],
    ['cmn', 'three-letter language'],
    ['en-US', 'language-region'],
    ['EN-us', 'any case'],
    ['es-419', 'UN M.49 region'],
    ['zh-Hant', 'language-script'],
    ['sr-Latn-RS', 'language-script-region'],
    ['zh-yue-HK', 'extended language subtag'],
    ['de-CH-1996', 'digit-led variant'],
    ['sl-rozaj-biske', 'two variants'],
    ['en-a-myext-b-another', 'extensions'],
    ['en-US-x-twain', 'private use suffix'],
    ['x-whatever', 'private use only'],
    ['i-klingon', 'irregular grandfathered'],
    ['zh-min-nan', 'regular grandfathered'],
    ['qaa', 'reserved for local use'],
  ])('accepts %s (%s)', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  test.each([
    ['', 'empty'],
    ['something', 'nine letters'],
    ['a12345678', 'subtag too long'],
    ['a12345', 'language with digits'],
    ['s-something', 'one-letter language'],
    ['en_US', 'underscore'],
    ['en-', 'trailing hyphen'],
    ['en--US', 'empty subtag'],
    ['zh-z-aaa-z-bbb-c-ccc', 'repeated extension singleton'],
    ['de-DE-1901-1901', 'repeated variant'],
    ['en-a', 'extension without subtags'],
    ['en-x', 'private use without subtags'],
    ['en-US-Latn', 'script after region'],
    ['en-US-GB', 'two regions'],
  ])('refuses %s (%s)', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});
