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
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CopyButtonComponent } from './copy-button.component';

let nextPanel = 0;

/**
 * A secret the API returned once (a temporary password, a credential's
 * secret): the value with a copy button, the feature's warning that it will
 * not be shown again, whether the copy worked, and a button to hide it. It
 * takes the focus whenever a new value appears, so that nobody misses it.
 *
 * Projected content (more details, such as how to connect with the secret)
 * goes below the value; a copy button there reports to the same status line
 * through `reportCopy`.
 */
@Component({
  selector: 'fita-shown-once-secret',
  imports: [CopyButtonComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="warning-box shown-once" [attr.aria-labelledby]="titleId">
      <h2 [id]="titleId" class="shown-once__title" tabindex="-1" #title>{{ heading() }}</h2>
      <p>{{ warning() }}</p>
      <p class="shown-once__row">
        <span [class.visually-hidden]="!labelVisible()">{{ label() }}:</span>
        <code class="shown-once__value" [attr.data-testid]="valueTestId()">{{ value() }}</code>
        <fita-copy-button [text]="value()" (copied)="reportCopy($event)">
          {{ copyLabel() }}
        </fita-copy-button>
      </p>
      <ng-content />
      <p role="status" class="shown-once__status">
        @if (copyResult() === true) {
          {{ copiedText() ?? ('shownOnce.copied' | t) }}
        } @else if (copyResult() === false) {
          {{ copyFailedText() ?? ('shownOnce.copyFailed' | t) }}
        }
      </p>
      <button
        type="button"
        class="button button--small"
        [attr.data-testid]="hideTestId()"
        (click)="dismiss.emit()"
      >
        {{ hideLabel() }}
      </button>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .shown-once {
      margin-bottom: 1.5rem;
    }
    .shown-once__title {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    .shown-once__row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .shown-once__value {
      padding: 0.35rem 0.6rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface);
      color: var(--color-text);
      font-size: 1.125rem;
      user-select: all;
      word-break: break-all;
    }
    .shown-once__status:empty {
      margin: 0;
    }
  `,
})
export class ShownOnceSecretComponent {
  readonly heading = input.required<string>();
  /** That it will not be shown again, and what to do with it, in the feature's words. */
  readonly warning = input.required<string>();
  readonly value = input.required<string>();
  /** Names the value; read by screen readers only unless `labelVisible`. */
  readonly label = input.required<string>();
  readonly labelVisible = input(false);
  readonly copyLabel = input.required<string>();
  /** Such as "Done, hide the password". */
  readonly hideLabel = input.required<string>();
  /** What the status line says after a copy; the shared texts unless given. */
  readonly copiedText = input<string>();
  readonly copyFailedText = input<string>();
  readonly valueTestId = input('shown-once-value');
  readonly hideTestId = input('shown-once-hide');
  readonly dismiss = output<void>();

  protected readonly titleId = `shown-once-title-${nextPanel++}`;
  protected readonly copyResult = signal<boolean | null>(null);
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly injector = inject(Injector);

  constructor() {
    // A new value (another user's password) may replace the one shown: announce it afresh.
    effect(() => {
      this.value();
      untracked(() => this.copyResult.set(null));
      afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
    });
  }

  /** Says whether a copy worked: the value's own button, or one in the projected details. */
  reportCopy(copied: boolean): void {
    this.copyResult.set(copied);
  }
}
