import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { type PendingAction } from '../data/users.store';

/**
 * "Are you sure?" for a change that locks a user out or replaces their
 * password. Inline rather than a modal dialog; it takes the focus, so that a
 * screen reader reads the question.
 */
@Component({
  selector: 'fita-user-action-confirmation',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let email = pending().user.email;
    <section
      class="warning-box confirmation"
      aria-labelledby="user-confirmation-title"
      data-testid="user-confirmation"
    >
      <h3 id="user-confirmation-title" class="confirmation__title" tabindex="-1" #title>
        @switch (pending().action) {
          @case ('disable') {
            {{ 'users.confirm.disable.title' | t: { email } }}
          }
          @case ('enable') {
            {{ 'users.confirm.enable.title' | t: { email } }}
          }
          @case ('reset') {
            {{ 'users.confirm.reset.title' | t: { email } }}
          }
        }
      </h3>
      <p>
        @switch (pending().action) {
          @case ('disable') {
            {{ 'users.confirm.disable.body' | t }}
          }
          @case ('enable') {
            {{ 'users.confirm.enable.body' | t }}
          }
          @case ('reset') {
            {{ 'users.confirm.reset.body' | t }}
          }
        }
      </p>
      <div class="confirmation__actions">
        <button
          type="button"
          class="button"
          data-testid="confirm-action"
          [attr.aria-disabled]="busy()"
          (click)="accept()"
        >
          @switch (pending().action) {
            @case ('disable') {
              {{ 'users.confirm.disable.yes' | t }}
            }
            @case ('enable') {
              {{ 'users.confirm.enable.yes' | t }}
            }
            @case ('reset') {
              {{ 'users.confirm.reset.yes' | t }}
            }
          }
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid="cancel-action"
          (click)="cancel.emit()"
        >
          {{ 'users.confirm.cancel' | t }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .confirmation {
      margin: 1rem 0;
    }
    .confirmation__title {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .confirmation__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class UserActionConfirmationComponent {
  readonly pending = input.required<PendingAction>();
  readonly busy = input(false);
  readonly confirm = output<void>();
  readonly cancel = output<void>();

  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly injector = inject(Injector);

  constructor() {
    // Another user's button may be pressed while a question is open: ask afresh.
    effect(() => {
      this.pending();
      afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected accept(): void {
    if (!this.busy()) this.confirm.emit();
  }
}
