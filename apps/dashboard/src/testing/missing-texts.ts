/**
 * Fails each test of the calling `describe` that renders a text key no
 * provided catalogue has. The Translator reports such keys on console.error
 * in development; page specs that take the catalogues from the feature's own
 * route so check that the route provides every catalogue its page needs.
 */
export function failOnMissingTexts(): void {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    const original = console.error.bind(console);
    errors = jest
      .spyOn(console, 'error')
      .mockImplementation((...args: unknown[]) => original(...args));
  });
  afterEach(() => {
    const missing = errors.mock.calls
      .map((args: unknown[]) => String(args[0]))
      .filter((message) => message.startsWith('Fita: no text for'));
    expect(missing).toEqual([]);
  });
}
