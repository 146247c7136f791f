import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type Freshness } from '../../../core/api/indicators.model';
import { type Remote } from '../../../core/api/remote';
import { CountPipe } from '../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';

@Component({
  selector: 'fita-data-freshness',
  imports: [CountPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="freshness" data-testid="data-as-of">
      @if (freshness(); as f) {
        @if (f.asOf) {
          Data as of {{ f.asOf | dateTime }}
        } @else {
          No statements received yet
        }
      } @else if (state().status === 'error') {
        {{ state().error }}
      } @else {
        Checking data freshness…
      }
    </p>
    <!-- Always in the DOM: a live region only announces changes to content it already holds. -->
    <div role="status" class="refreshing-region">
      @if (refreshing() && freshness(); as f) {
        <p class="refreshing">
          Figures are refreshing: {{ f.statementsProcessed | count }} of
          {{ f.statementsStored | count }} statements processed. They will update automatically.
        </p>
      }
    </div>
  `,
  styles: `
    .freshness {
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
    .refreshing {
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--color-warning-border);
      background: var(--color-warning-bg);
      color: var(--color-warning-text);
      font-size: var(--font-size-small);
    }
  `,
})
export class DataFreshnessComponent {
  readonly state = input.required<Remote<Freshness>>();
  readonly refreshing = input.required<boolean>();

  protected readonly freshness = computed(() => this.state().value);
}
