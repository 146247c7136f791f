import { actorKey } from './actor-key.js';
import { XapiError } from './xapi-error.js';

// SHA-1 of "mailto:ana.puig@example.org", computed outside the code under test.
const ANA_SHA1 = 'e32a61eb1821d5821f5f6713745e0a2539f49925';

function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof XapiError ? error.code : `not an XapiError: ${String(error)}`;
  }
  return undefined;
}

describe('actorKey', () => {
  test('mbox: sha1 of the mailto IRI', () => {
    expect(actorKey({ mbox: 'mailto:ana.puig@example.org' })).toBe(`sha1:${ANA_SHA1}`);
  });

  test('mbox: the address is lower-cased before hashing', () => {
    expect(actorKey({ mbox: 'mailto:Ana.Puig@Example.ORG' })).toBe(`sha1:${ANA_SHA1}`);
  });

  test('mbox and the lower-case mbox_sha1sum of the same address give the same key', () => {
    expect(actorKey({ mbox: 'mailto:ana.puig@example.org' })).toBe(
      actorKey({ mbox_sha1sum: ANA_SHA1 }),
    );
  });

  test('mbox_sha1sum: the given hex is lower-cased', () => {
    expect(actorKey({ mbox_sha1sum: ANA_SHA1.toUpperCase() })).toBe(`sha1:${ANA_SHA1}`);
  });

  test('openid: the URI as given, case and trailing slash kept', () => {
    expect(actorKey({ openid: 'https://ID.example.org/Ana/' })).toBe(
      'openid:https://ID.example.org/Ana/',
    );
  });

  test('account: homePage and name joined by a bar', () => {
    expect(actorKey({ account: { homePage: 'https://lms.example.org', name: 'U-1042' } })).toBe(
      'account:https://lms.example.org|U-1042',
    );
  });

  test('account: trailing slashes of homePage are dropped', () => {
    expect(actorKey({ account: { homePage: 'https://lms.example.org//', name: 'U-1042' } })).toBe(
      actorKey({ account: { homePage: 'https://lms.example.org', name: 'U-1042' } }),
    );
  });

  test('name and objectType do not change the key', () => {
    expect(
      actorKey({ objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana.puig@example.org' }),
    ).toBe(`sha1:${ANA_SHA1}`);
  });

  test('an agent without an IFI is refused', () => {
    expect(errorCode(() => actorKey({ name: 'Ana' }))).toBe('actor-key.no-ifi');
  });

  test('an agent with two IFIs is refused rather than keyed by one of them', () => {
    expect(
      errorCode(() =>
        actorKey({ mbox: 'mailto:ana.puig@example.org', openid: 'https://id.example.org/ana' }),
      ),
    ).toBe('actor-key.several-ifis');
  });

  test('an mbox that is not a mailto IRI is refused', () => {
    expect(errorCode(() => actorKey({ mbox: 'ana.puig@example.org' }))).toBe(
      'actor-key.invalid-ifi',
    );
  });
});
