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
import { TranslatePipe } from '../../core/i18n/translate.pipe';

let nextPanel = 0;

/**
 * "Are you sure?" before a change that is hard to take back: a question, what
 * follows from it, a button that confirms and one that cancels. Inline rather
 * than a modal dialog; it takes the focus whenever it asks something new, so
 * that a screen reader reads the question. The feature words the question and
 * the confirm button (a verb for the change, such as "Revoke credential");
 * Cancel is a shared text.
 */
@Component({
  selector: 'fita-confirmation-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="warning-box confirmation"
      [attr.aria-labelledby]="titleId"
      [attr.data-testid]="testId()"
    >
      <h3 [id]="titleId" class="confirmation__title" tabindex="-1" #title>{{ question() }}</h3>
      <p>{{ consequence() }}</p>
      <div class="confirmation__actions">
        <button
          type="button"
          class="button"
          [attr.data-testid]="confirmTestId()"
          [attr.aria-disabled]="busy()"
          (click)="accept()"
        >
          {{ confirmLabel() }}
        </button>
        <button
          type="button"
          class="button button--secondary"
          [attr.data-testid]="cancelTestId()"
          (click)="cancel.emit()"
        >
          {{ 'confirmation.cancel' | t }}
        </button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
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
export class ConfirmationPanelComponent {
  readonly question = input.required<string>();
  /** What confirming leads to, such as who is signed out or what stops working. */
  readonly consequence = input.required<string>();
  readonly confirmLabel = input.required<string>();
  /**
   * What is being confirmed. A new subject, even with the same wording (the
   * same button pressed again), takes the focus back to the question.
   */
  readonly subject = input<unknown>();
  /** While the confirmed change runs, the confirm button does nothing. */
  readonly busy = input(false);
  readonly testId = input('confirmation');
  readonly confirmTestId = input('confirm');
  readonly cancelTestId = input('cancel');
  readonly confirm = output<void>();
  readonly cancel = output<void>();

  protected readonly titleId = `confirmation-panel-title-${nextPanel++}`;
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly injector = inject(Injector);

  constructor() {
    // Another row's button may be pressed while a question is open: ask afresh.
    effect(() => {
      this.subject();
      this.question();
      afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected accept(): void {
    if (!this.busy()) this.confirm.emit();
  }
}
