import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type Rejections } from '../../../core/api/quality.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { CountPipe } from '../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';

/** What the LRS refused: a count per reason, and the latest refusals. */
@Component({
  selector: 'fita-rejections',
  imports: [CountPipe, DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="rejections-title">
      <h2 id="rejections-title" class="card__title">{{ 'quality.rejections.title' | t }}</h2>
      <p class="card__subtitle">{{ 'quality.rejections.lead' | t }}</p>

      @if (rejections().byReason.length > 0) {
        <h3 class="table-title">{{ 'quality.rejections.byReason' | t }}</h3>
        <div
          class="table-scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="'quality.rejections.byReasonCaption' | t"
        >
          <table class="data-table" data-testid="rejections-by-reason">
            <caption class="visually-hidden">
              {{
                'quality.rejections.byReasonCaption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'quality.rejections.reason' | t }}</th>
                <th scope="col" class="numeric">{{ 'quality.rejections.requests' | t }}</th>
                <th scope="col">{{ 'quality.rejections.lastRejected' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (reason of rejections().byReason; track reason.code) {
                <tr>
                  <th scope="row">
                    <code>{{ reason.code }}</code>
                    @if (explain(reason.code); as explanation) {
                      <span class="explanation">{{ explanation }}</span>
                    }
                  </th>
                  <td class="numeric">{{ reason.rejections | count }}</td>
                  <td>{{ reason.lastRejectedAt | dateTime }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>

        <h3 class="table-title">{{ 'quality.rejections.latest' | t }}</h3>
        <div
          class="table-scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="'quality.rejections.latestCaption' | t"
        >
          <table class="data-table" data-testid="latest-rejections">
            <caption class="visually-hidden">
              {{
                'quality.rejections.latestCaption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'quality.rejections.when' | t }}</th>
                <th scope="col">{{ 'quality.rejections.reason' | t }}</th>
                <th scope="col">{{ 'quality.rejections.where' | t }}</th>
                <th scope="col">{{ 'quality.rejections.credential' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (rejection of rejections().latest; track $index) {
                <tr>
                  <th scope="row">{{ rejection.rejectedAt | dateTime }}</th>
                  <td>
                    <code>{{ rejection.code }}</code>
                  </td>
                  <td class="message">{{ rejection.message }}</td>
                  <td>
                    <code>{{ rejection.credentialKey }}</code>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p class="empty-note" data-testid="rejections-empty">
          {{ 'quality.rejections.empty' | t }}
        </p>
      }
    </section>
  `,
  styles: `
    .table-title {
      margin: 1.25rem 0 0.5rem;
      font-size: 1rem;
    }
    .table-scroll {
      max-height: 28rem;
    }
    .explanation {
      display: block;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      font-weight: 400;
    }
    .message {
      word-break: break-word;
    }
  `,
})
export class RejectionsComponent {
  readonly rejections = input.required<Rejections>();

  private readonly translator = inject(Translator);

  /** A sentence for the codes the page knows; others speak for themselves. */
  protected explain(code: string): string | null {
    const key = `quality.reason.${code}`;
    return this.translator.has(key) ? this.translator.t(key) : null;
  }
}
