import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type FiguresSeries } from '../../../core/api/indicator-figures.model';
import { type Remote } from '../../../core/api/remote';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FiguresOverTimeComponent } from '../../../shared/figures/figures-over-time.component';
import { FiguresProvenanceComponent } from '../../../shared/figures/figures-provenance.component';

/** Users, enrolments and completions of every year, as bars with the same figures in a table. */
@Component({
  selector: 'fita-figures-per-year',
  imports: [FiguresOverTimeComponent, FiguresProvenanceComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="per-year-title"
      [attr.aria-busy]="state().status === 'loading'"
    >
      <h2 id="per-year-title" class="card__title">{{ 'overview.perYear.title' | t }}</h2>

      @if (state().value; as series) {
        @if (hasActivity()) {
          <fita-figures-over-time
            kind="bar"
            [points]="series.points"
            [caption]="'overview.perYear.caption' | t: { scope: scope() }"
          />
        } @else {
          <p class="empty-note" data-testid="per-year-empty">
            {{ 'overview.perYear.empty' | t: { scope: scope() } }}
          </p>
        }
        <fita-figures-provenance [provenance]="series.provenance" />
      } @else if (state().status === 'error') {
        <div class="error-box" role="alert">
          <p>{{ 'overview.perYear.error' | t: { reason: state().error ?? '' } }}</p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        </div>
      } @else {
        <p class="loading-note">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
})
export class FiguresPerYearComponent {
  readonly state = input.required<Remote<FiguresSeries>>();
  /** The years and course filters in words, for the caption and the empty note. */
  readonly scope = input.required<string>();
  readonly retry = output<void>();

  protected readonly hasActivity = computed(() =>
    (this.state().value?.points ?? []).some(
      (point) => point.users > 0 || point.enrolments > 0 || point.completions > 0,
    ),
  );
}
