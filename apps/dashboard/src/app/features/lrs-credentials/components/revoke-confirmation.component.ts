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
import { type LrsCredential } from '../../../core/api/lrs-credentials.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** "Are you sure?" before a revocation, which cannot be undone. It takes the focus. */
@Component({
  selector: 'fita-revoke-confirmation',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="warning-box confirmation"
      aria-labelledby="revoke-confirmation-title"
      data-testid="revoke-confirmation"
    >
      <h3 id="revoke-confirmation-title" class="confirmation__title" tabindex="-1" #title>
        {{ 'lrsCredentials.confirm.title' | t: { key: credential().key, name: credential().name } }}
      </h3>
      <p>{{ 'lrsCredentials.confirm.body' | t }}</p>
      <div class="confirmation__actions">
        <button
          type="button"
          class="button"
          data-testid="confirm-revoke"
          [attr.aria-disabled]="busy()"
          (click)="accept()"
        >
          {{ 'lrsCredentials.confirm.yes' | t }}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid="cancel-revoke"
          (click)="cancel.emit()"
        >
          {{ 'lrsCredentials.confirm.cancel' | t }}
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
export class RevokeConfirmationComponent {
  readonly credential = input.required<LrsCredential>();
  readonly busy = input(false);
  readonly confirm = output<void>();
  readonly cancel = output<void>();

  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      this.credential();
      afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected accept(): void {
    if (!this.busy()) this.confirm.emit();
  }
}
