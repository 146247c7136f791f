import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { type Remote } from '../../../core/api/remote';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { FiguresProvenanceComponent } from '../../../shared/figures/figures-provenance.component';
import { type KpiFigures, nothingCounted } from '../data/kpis';
import { kpiCardViews } from './kpi-card-view';

/** The six key figures of the question, each with its change on the year before. */
@Component({
  selector: 'fita-kpi-cards',
  imports: [FiguresProvenanceComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="kpis"
      aria-labelledby="kpis-title"
      [attr.aria-busy]="state().status === 'loading'"
    >
      <h2 id="kpis-title" class="section-title">{{ 'overview.kpis.title' | t }}</h2>

      @if (state().value; as figures) {
        @if (empty()) {
          <p class="empty-note" data-testid="kpis-empty">
            {{ 'overview.kpis.empty' | t: { question: question() ?? '' } }}
          </p>
        }
        <ul class="kpi-grid">
          @for (card of cards(); track card.key) {
            <li class="card kpi" [attr.data-testid]="'kpi-' + card.key">
              <h3 class="kpi__title">{{ card.title }}</h3>
              <p class="kpi__value" data-testid="kpi-value">{{ card.value }}</p>
              <p class="kpi__change" data-testid="kpi-change">
                @if (card.change.arrow) {
                  <span class="kpi__arrow" aria-hidden="true">{{ card.change.arrow }}</span>
                }
                @if (card.change.direction; as direction) {
                  <span class="visually-hidden">{{ direction }}:</span>
                }
                {{ card.change.text }}
              </p>
              <p class="kpi__counts" data-testid="kpi-counts">{{ card.counts }}</p>
            </li>
          }
        </ul>
        <fita-figures-provenance [provenance]="figures.current.provenance" />
      } @else if (state().status === 'error') {
        <div class="error-box" role="alert">
          <p>{{ 'overview.kpis.error' | t: { reason: state().error ?? '' } }}</p>
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
    .section-title {
      margin: 0 0 0.75rem;
      font-size: 1.25rem;
    }
    .kpi-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .kpi {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      padding: 1rem 1.25rem;
    }
    .kpi__title {
      margin: 0;
      font-size: 1rem;
    }
    .kpi__value {
      margin: 0;
      font-size: 2.25rem;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .kpi__change {
      margin: 0;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .kpi__arrow {
      display: inline-block;
      min-width: 1.1em;
      font-size: 0.8em;
    }
    .kpi__counts {
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class KpiCardsComponent {
  readonly state = input.required<Remote<KpiFigures>>();
  /** The question in words, to say what was found empty. */
  readonly question = input.required<string | null>();
  readonly retry = output<void>();

  private readonly translator = inject(Translator);

  protected readonly cards = computed(() => {
    const figures = this.state().value;
    return figures === null
      ? []
      : kpiCardViews(figures, (key, params) => this.translator.t(key, params));
  });
  protected readonly empty = computed(() => {
    const figures = this.state().value;
    return figures !== null && nothingCounted(figures.current);
  });
}
