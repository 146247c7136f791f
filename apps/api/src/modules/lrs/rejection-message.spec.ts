import { MAX_REJECTION_MESSAGE, rejectionMessage } from './rejection-message.js';

describe('what a recorded rejection keeps of its error', () => {
  it('keeps the paths and rules of a validation error, not the values it quotes', () => {
    const message = rejectionMessage({
      message:
        'Invalid statement at index 1: $[1].actor.mbox: mbox must be a mailto IRI such as "mailto:ana@example.org", got "ana@example.org".',
      details: [
        { path: '$[1].actor.mbox', rule: 'mbox.mailto', message: 'got "ana@example.org"' },
        { path: '$[1].verb', rule: 'required', message: 'A statement needs a verb.' },
      ],
    });
    expect(message).toBe('$[1].actor.mbox: mbox.mailto; $[1].verb: required');
  });

  it('keeps the message of an error without such a list', () => {
    expect(
      rejectionMessage({ message: 'The batch holds no statement.', details: [{ id: 'x' }] }),
    ).toBe('The batch holds no statement.');
    expect(rejectionMessage({ message: 'Too large.', details: undefined })).toBe('Too large.');
  });

  it('cuts a long message to a bounded length, marked as cut', () => {
    const message = rejectionMessage({ message: 'x'.repeat(5_000), details: undefined });
    expect(message).toHaveLength(MAX_REJECTION_MESSAGE);
    expect(message.endsWith('…')).toBe(true);
  });
});
