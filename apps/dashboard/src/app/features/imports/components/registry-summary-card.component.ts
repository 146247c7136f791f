import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type RegistrySummary } from '../../../core/api/learners.model';
import { type Remote } from '../../../core/api/remote';
import { CountPipe } from '../../../shared/format/count.pipe';

@Component({
  selector: 'fita-registry-summary-card',
  imports: [CountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="registry-summary-title"
      [attr.aria-busy]="state().status === 'loading'"
    >
      <h2 id="registry-summary-title" class="card__title">In the learner registry</h2>
      @if (state().value; as summary) {
        <dl class="figures" data-testid="registry-summary">
          <div>
            <dt>Persons</dt>
            <dd data-testid="registry-persons">{{ summary.persons | count }}</dd>
          </div>
          <div>
            <dt>Identifiers (e-mail addresses and accounts)</dt>
            <dd>{{ summary.identifiers | count }}</dd>
          </div>
          <div>
            <dt>Persons without demographics</dt>
            <dd>{{ summary.withoutDemographics | count }}</dd>
          </div>
        </dl>
        @if (summary.persons === 0) {
          <p class="empty-note">The registry is empty: import a registry file above.</p>
        }
      } @else if (state().status === 'error') {
        <div class="error-box" role="alert">
          <p>The registry summary could not be loaded. {{ state().error }}</p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            Try again
          </button>
        </div>
      } @else {
        <p class="loading-note">Loading…</p>
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
