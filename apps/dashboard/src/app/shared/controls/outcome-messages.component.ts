import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What the last change on a page came to. */
export type Outcome =
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'failed'; readonly text: string };

/**
 * The two live regions above a list that people change: a status for what
 * was done, an alert for what failed. Both are always present, so that
 * assistive technology announces each outcome as it arrives.
 */
@Component({
  selector: 'fita-outcome-messages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" class="outcome" [attr.data-testid]="testIdPrefix() + '-outcome'">
      @if (outcome(); as outcome) {
        @if (outcome.kind === 'done') {
          <p class="info-box">{{ outcome.text }}</p>
        }
      }
    </div>
    <div role="alert" class="outcome" [attr.data-testid]="testIdPrefix() + '-problem'">
      @if (outcome(); as outcome) {
        @if (outcome.kind === 'failed') {
          <p class="error-box">{{ outcome.text }}</p>
        }
      }
    </div>
  `,
})
export class OutcomeMessagesComponent {
  readonly outcome = input.required<Outcome | null>();
  /** `users` gives the test ids `users-outcome` and `users-problem`. */
  readonly testIdPrefix = input.required<string>();
}
