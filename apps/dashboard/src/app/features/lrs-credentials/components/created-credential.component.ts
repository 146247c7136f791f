import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { type CreatedLrsCredential } from '../../../core/api/lrs-credentials.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CopyButtonComponent } from '../../../shared/controls/copy-button.component';
import { xapiConnection } from '../data/xapi-connection';

/**
 * A new credential's secret, shown this once, with what an LMS administrator
 * needs to connect: endpoint, key, secret, the Basic header and a request to
 * try. It takes the focus when it appears.
 */
@Component({
  selector: 'fita-created-credential',
  imports: [CopyButtonComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="warning-box created" aria-labelledby="created-credential-title">
      <h2 id="created-credential-title" class="created__title" tabindex="-1" #title>
        {{ 'lrsCredentials.created.title' | t: { key: credential().key } }}
      </h2>
      <p>{{ 'lrsCredentials.created.warning' | t }}</p>
      <dl class="created__details">
        <dt>{{ 'lrsCredentials.created.endpoint' | t }}</dt>
        <dd>
          <code data-testid="created-endpoint">{{ connection().endpoint }}</code>
        </dd>
        <dt>{{ 'lrsCredentials.created.key' | t }}</dt>
        <dd>
          <code data-testid="created-key">{{ credential().key }}</code>
        </dd>
        <dt>{{ 'lrsCredentials.created.secret' | t }}</dt>
        <dd class="created__with-copy">
          <code class="created__secret" data-testid="created-secret">{{
            credential().secret
          }}</code>
          <fita-copy-button [text]="credential().secret" (copied)="copyResult.set($event)">
            {{ 'lrsCredentials.created.copySecret' | t }}
          </fita-copy-button>
        </dd>
        <dt>{{ 'lrsCredentials.created.header' | t }}</dt>
        <dd class="created__with-copy">
          <code data-testid="created-header">{{ connection().authorization }}</code>
          <fita-copy-button [text]="connection().authorization" (copied)="copyResult.set($event)">
            {{ 'lrsCredentials.created.copyHeader' | t }}
          </fita-copy-button>
        </dd>
        <dt>{{ 'lrsCredentials.created.example' | t }}</dt>
        <dd>
          <pre class="created__example" data-testid="created-example">{{
            connection().example
          }}</pre>
        </dd>
      </dl>
      <p role="status" class="created__status">
        @if (copyResult() === true) {
          {{ 'lrsCredentials.created.copied' | t }}
        } @else if (copyResult() === false) {
          {{ 'lrsCredentials.created.copyFailed' | t }}
        }
      </p>
      <button
        type="button"
        class="button button--small"
        data-testid="hide-secret"
        (click)="dismiss.emit()"
      >
        {{ 'lrsCredentials.created.done' | t }}
      </button>
    </section>
  `,
  styles: `
    .created {
      margin-bottom: 1.5rem;
    }
    .created__title {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    .created__details {
      display: grid;
      grid-template-columns: minmax(10rem, max-content) 1fr;
      gap: 0.5rem 1rem;
      margin: 0.75rem 0;
    }
    .created__details dt {
      font-weight: 600;
    }
    .created__details dd {
      margin: 0;
      min-width: 0;
    }
    .created__details code,
    .created__example {
      color: var(--color-text);
      word-break: break-all;
    }
    .created__with-copy {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
    .created__secret {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface);
      user-select: all;
    }
    .created__example {
      margin: 0;
      padding: 0.5rem 0.75rem;
      overflow-x: auto;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface);
      white-space: pre-wrap;
    }
    .created__status:empty {
      margin: 0;
    }
    @media (max-width: 40rem) {
      .created__details {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class CreatedCredentialComponent {
  readonly credential = input.required<CreatedLrsCredential>();
  /** Where the dashboard is served from; the LRS is under /xapi/ there. */
  readonly origin = input.required<string>();
  readonly dismiss = output<void>();

  protected readonly connection = computed(() => xapiConnection(this.origin(), this.credential()));
  protected readonly copyResult = signal<boolean | null>(null);
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      this.credential();
      untracked(() => this.copyResult.set(null));
      afterNextRender(() => this.title().nativeElement.focus(), { injector: this.injector });
    });
  }
}
