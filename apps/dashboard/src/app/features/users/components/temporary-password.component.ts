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
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { type RevealedPassword } from '../data/users.store';
import { CopyButtonComponent } from '../../../shared/controls/copy-button.component';

/**
 * A temporary password the API returned once, with a warning that it will
 * not be shown again. It takes the focus whenever a password appears, so
 * that nobody misses it.
 */
@Component({
  selector: 'fita-temporary-password',
  imports: [CopyButtonComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="warning-box temporary-password" aria-labelledby="temporary-password-title">
      <h2 id="temporary-password-title" class="temporary-password__title" tabindex="-1" #title>
        @if (revealed().reason === 'created') {
          {{ 'users.password.createdTitle' | t: { email: revealed().email } }}
        } @else {
          {{ 'users.password.resetTitle' | t: { email: revealed().email } }}
        }
      </h2>
      <p>{{ 'users.password.warning' | t }}</p>
      <p class="temporary-password__row">
        <span class="visually-hidden">{{ 'users.password.label' | t }}:</span>
        <code class="temporary-password__value" data-testid="temporary-password">{{
          revealed().password
        }}</code>
        <fita-copy-button [text]="revealed().password" (copied)="copyResult.set($event)">
          {{ 'users.password.copy' | t }}
        </fita-copy-button>
      </p>
      <p role="status" class="temporary-password__status">
        @if (copyResult() === true) {
          {{ 'users.password.copied' | t }}
        } @else if (copyResult() === false) {
          {{ 'users.password.copyFailed' | t }}
        }
      </p>
      <button
        type="button"
        class="button button--small"
        data-testid="hide-password"
        (click)="dismiss.emit()"
      >
        {{ 'users.password.done' | t }}
      </button>
    </section>
  `,
  styles: `
    .temporary-password {
      margin-bottom: 1.5rem;
    }
    .temporary-password__title {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    .temporary-password__row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .temporary-password__value {
      padding: 0.35rem 0.6rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface);
      color: var(--color-text);
      font-size: 1.125rem;
      user-select: all;
      word-break: break-all;
    }
    .temporary-password__status:empty {
      margin: 0;
    }
  `,
})
export class TemporaryPasswordComponent {
  readonly revealed = input.required<RevealedPassword>();
  readonly dismiss = output<void>();

  protected readonly copyResult = signal<boolean | null>(null);
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');

  private readonly injector = inject(Injector);

  constructor() {
    // A new password (another user's) may replace the one shown: announce it afresh.
    effect(() => {
      this.revealed();
      untracked(() => this.copyResult.set(null));
      afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
    });
  }
}
