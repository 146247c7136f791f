import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type Freshness } from '../../../core/api/indicators.model';
import { type Remote } from '../../../core/api/remote';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';

/**
 * When the figures were last brought up to date, and whether they are
 * catching up now. While statements stream in, the API may answer with
 * figures computed a little earlier (their own cut-off): the line then gives
 * that, the earlier of the two, so it never claims more than they count.
 */
@Component({
  selector: 'fita-data-freshness',
  imports: [CountPipe, DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="freshness" data-testid="data-as-of">
      @if (freshness(); as f) {
        @if (asOf(); as time) {
          {{ 'overview.freshness.asOf' | t: { time: (time | dateTime) } }}
        } @else {
          {{ 'overview.freshness.noStatements' | t }}
        }
      } @else if (state().status === 'error') {
        {{ state().error }}
      } @else {
        {{ 'overview.freshness.checking' | t }}
      }
    </p>
    <!-- Always in the DOM: a live region only announces changes to content it already holds. -->
    <div role="status" class="refreshing-region">
      @if (refreshing() && freshness(); as f) {
        <p class="refreshing">
          {{
            'overview.freshness.refreshing'
              | t
                : {
                    processed: (f.statementsProcessed | count),
                    stored: (f.statementsStored | count),
                  }
          }}
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
  /** The cut-off the shown figures state in their provenance, once they are loaded. */
  readonly figuresCutoff = input<string | null>(null);

  protected readonly freshness = computed(() => this.state().value);
  protected readonly asOf = computed(() => {
    const facts = this.freshness()?.asOf ?? null;
    const figures = this.figuresCutoff();
    if (facts === null || figures === null) return facts;
    return Date.parse(figures) < Date.parse(facts) ? figures : facts;
  });
}
