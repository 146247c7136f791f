import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type IndicatorFigures } from '../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { describePeriod } from '../../../shared/filters/indicator-filters';
import { CountPipe } from '../../../shared/format/count.pipe';
import { GrowthPipe } from '../../../shared/format/growth.pipe';
import { RatePipe } from '../../../shared/format/rate.pipe';

/**
 * The headline figures of one course, each flow with its growth on the same
 * period a year before. (Courses per completer is always 1 for one course.)
 */
@Component({
  selector: 'fita-figure-tiles',
  imports: [CountPipe, GrowthPipe, RatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="tiles">
      <div class="tile">
        <dt>{{ 'figure.users' | t }}</dt>
        <dd class="tile__value" data-testid="tile-users">{{ figures().users | count }}</dd>
        <dd class="tile__growth">
          {{ figures().growth.users | growth }}
          {{ 'courses.tiles.onPrevious' | t: { period: previousPeriod() } }}
        </dd>
      </div>
      <div class="tile">
        <dt>{{ 'figure.enrolments' | t }}</dt>
        <dd class="tile__value" data-testid="tile-enrolments">
          {{ figures().enrolments | count }}
        </dd>
        <dd class="tile__growth">
          {{ figures().growth.enrolments | growth }}
          {{ 'courses.tiles.onPrevious' | t: { period: previousPeriod() } }}
        </dd>
      </div>
      <div class="tile">
        <dt>{{ 'figure.completions' | t }}</dt>
        <dd class="tile__value" data-testid="tile-completions">
          {{ figures().completions | count }}
        </dd>
        <dd class="tile__growth">
          {{ figures().growth.completions | growth }}
          {{ 'courses.tiles.onPrevious' | t: { period: previousPeriod() } }}
        </dd>
      </div>
      <div class="tile">
        <dt>{{ 'figure.completionRate' | t }}</dt>
        <dd class="tile__value" data-testid="tile-completion-rate">
          {{ figures().completionRate | rate }}
        </dd>
        <dd class="tile__growth">{{ 'courses.tiles.rateNote' | t }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 1rem;
      margin: 0;
    }
    .tile {
      padding: 0.75rem 1rem;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    dt {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .tile__value {
      font-size: 1.75rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .tile__growth {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class FigureTilesComponent {
  readonly figures = input.required<IndicatorFigures>();

  protected readonly previousPeriod = computed(() => describePeriod(this.figures().previousPeriod));
}
