export type XapiErrorCode =
  | 'actor-key.no-ifi'
  | 'actor-key.several-ifis'
  | 'actor-key.invalid-ifi'
  | 'timestamp.invalid'
  | 'validation.unsupported-version';

/**
 * Thrown by the helpers of this library when they are given data that a valid
 * statement cannot contain; `code` is stable, the message is for people.
 */
export class XapiError extends Error {
  constructor(
    readonly code: XapiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XapiError';
  }
}
