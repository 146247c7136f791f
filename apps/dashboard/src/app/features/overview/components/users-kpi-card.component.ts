import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type IndicatorSummary } from '../../../core/api/indicators.model';
import { type Remote } from '../../../core/api/remote';
import { CountPipe } from '../../../shared/format/count.pipe';
import { ProvenanceNoteComponent } from './provenance-note.component';

@Component({
  selector: 'fita-users-kpi-card',
  imports: [CountPipe, ProvenanceNoteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card kpi"
      aria-labelledby="kpi-users-title"
      [attr.aria-busy]="state().status === 'loading'"
    >
      <h2 id="kpi-users-title" class="card__title">Users</h2>
      <p class="card__subtitle">
        People with at least one learning activity{{ year() === null ? '' : ' in ' + year() }}
      </p>

      @if (state().value; as summary) {
        <p class="kpi__value" data-testid="kpi-users">{{ summary.users | count }}</p>
        @if (summary.users === 0) {
          <p class="empty-note">No learning activity was recorded in {{ year() }}.</p>
        }
        <fita-provenance-note [provenance]="summary.provenance" />
      } @else if (state().status === 'error') {
        <div class="error-box" role="alert">
          <p>The number of users could not be loaded. {{ state().error }}</p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            Try again
          </button>
        </div>
      } @else {
        <p class="kpi__value kpi__value--loading">Loading…</p>
      }
    </section>
  `,
  styles: `
    .kpi__value {
      margin: 0.25rem 0 0.75rem;
      font-size: 2.75rem;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .kpi__value--loading {
      color: var(--color-text-muted);
      font-size: 1.25rem;
      font-weight: 400;
    }
  `,
})
export class UsersKpiCardComponent {
  readonly year = input.required<number | null>();
  readonly state = input.required<Remote<IndicatorSummary>>();
  readonly retry = output<void>();
}
