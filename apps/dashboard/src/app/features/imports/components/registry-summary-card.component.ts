import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type RegistrySummary } from '../../../core/api/learners.model';
import { type Remote } from '../../../core/api/remote';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';

@Component({
  selector: 'fita-registry-summary-card',
  imports: [CountPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="registry-summary-title"
      [attr.aria-busy]="state().status === 'loading'"
    >
      <h2 id="registry-summary-title" class="card__title">
        {{ 'imports.registry.title' | t }}
      </h2>
      @if (state().value; as summary) {
        <dl class="figures" data-testid="registry-summary">
          <div>
            <dt>{{ 'imports.registry.persons' | t }}</dt>
            <dd data-testid="registry-persons">{{ summary.persons | count }}</dd>
          </div>
          <div>
            <dt>{{ 'imports.registry.identifiers' | t }}</dt>
            <dd>{{ summary.identifiers | count }}</dd>
          </div>
          <div>
            <dt>{{ 'imports.registry.withoutDemographics' | t }}</dt>
            <dd>{{ summary.withoutDemographics | count }}</dd>
          </div>
        </dl>
        @if (summary.persons === 0) {
          <p class="empty-note">{{ 'imports.registry.empty' | t }}</p>
        }
      } @else if (state().status === 'error') {
        <div class="error-box" role="alert">
          <p>{{ 'imports.registry.failed' | t: { reason: state().error ?? '' } }}</p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        </div>
      } @else {
        <p class="loading-note">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2.5rem;
      margin: 0.75rem 0 0;
    }
    dt {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
    dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class RegistrySummaryCardComponent {
  readonly state = input.required<Remote<RegistrySummary>>();
  readonly retry = output<void>();
}
