import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type QualityReport } from '../../../core/api/quality.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { formatCount } from '../../../shared/format/locale-format';

interface SummaryCard {
  readonly key: string;
  readonly title: string;
  readonly value: number;
  /** What the number counts, in a sentence. */
  readonly counts: string;
}

/** The five headline counts of the report, each saying what it counts. */
@Component({
  selector: 'fita-quality-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="quality-summary-title">
      <h2 id="quality-summary-title" class="visually-hidden">
        {{ 'quality.summary.title' | t }}
      </h2>
      <ul class="summary-grid">
        @for (card of cards(); track card.key) {
          <li class="card summary" [attr.data-testid]="'summary-' + card.key">
            <h3 class="summary__title">{{ card.title }}</h3>
            <p class="summary__value" data-testid="summary-value">{{ formatCount(card.value) }}</p>
            <p class="summary__counts">{{ card.counts }}</p>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .summary-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .summary {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      padding: 1rem 1.25rem;
    }
    .summary__title {
      margin: 0;
      font-size: 1rem;
    }
    .summary__value {
      margin: 0;
      font-size: 1.75rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .summary__counts {
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class QualitySummaryComponent {
  readonly report = input.required<QualityReport>();

  private readonly translator = inject(Translator);
  protected readonly formatCount = formatCount;

  protected readonly cards = computed((): readonly SummaryCard[] => {
    const { statements, rejections, persons } = this.report();
    const t = (key: string, params?: Record<string, string>) => this.translator.t(key, params);
    return [
      {
        key: 'received',
        title: t('quality.summary.received'),
        value: statements.received,
        counts: t('quality.summary.receivedCounts'),
      },
      {
        key: 'voided',
        title: t('quality.summary.voided'),
        value: statements.voided,
        counts: t('quality.summary.voidedCounts'),
      },
      {
        key: 'rejected',
        title: t('quality.summary.rejected'),
        value: rejections.total,
        counts: t('quality.summary.rejectedCounts'),
      },
      {
        key: 'groups',
        title: t('quality.summary.groups'),
        value: statements.groupActorsSkipped,
        counts: t('quality.summary.groupsCounts'),
      },
      {
        key: 'persons',
        title: t('quality.summary.persons'),
        value: persons.registeredWithoutAny + persons.unregisteredActors,
        counts: t('quality.summary.personsCounts', {
          registered: formatCount(persons.registeredWithoutAny),
          unregistered: formatCount(persons.unregisteredActors),
        }),
      },
    ];
  });
}
