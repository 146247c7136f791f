export type DisclosureErrorCode =
  'disclosure.invalid-k' | 'disclosure.invalid-count' | 'disclosure.invalid-language';

/**
 * An input the disclosure rules (spec section 8) cannot be applied to.
 * `parameter` names the input at fault: `k`, `language`, `numerator`,
 * `denominator`, or the name of the breakdown cell whose count is wrong.
 */
export class DisclosureError extends Error {
  constructor(
    readonly code: DisclosureErrorCode,
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'DisclosureError';
  }
}
