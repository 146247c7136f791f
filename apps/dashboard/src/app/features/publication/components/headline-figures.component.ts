import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type PublicationView } from '../../../core/api/publication.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { formatRate } from '../../../shared/format/figure-format';
import { formatCount } from '../../../shared/format/locale-format';

/** The exact totals and the completion rate, where it may be shown. */
@Component({
  selector: 'fita-headline-figures',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="data-table headline" data-testid="headline-figures">
      <caption class="visually-hidden">
        {{
          'publication.headline.caption' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'publication.headline.figure' | t }}</th>
          <th scope="col" class="numeric">{{ 'publication.headline.value' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.label) {
          <tr>
            <th scope="row">{{ row.label }}</th>
            <td class="numeric">{{ row.value }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .headline {
      max-width: 36rem;
    }
  `,
})
export class HeadlineFiguresComponent {
  readonly view = input.required<PublicationView>();

  private readonly translator = inject(Translator);

  protected readonly rows = computed(() => {
    const { totals, percentages } = this.view();
    const rate = percentages.completionRate;
    return [
      { label: this.translator.t('figure.users'), value: formatCount(totals.users) },
      { label: this.translator.t('figure.enrolments'), value: formatCount(totals.enrolments) },
      { label: this.translator.t('figure.completions'), value: formatCount(totals.completions) },
      {
        label: this.translator.t('publication.figure.completers'),
        value: formatCount(totals.completers),
      },
      {
        label: this.translator.t('publication.figure.completionRate'),
        // The API gives 40 for 40 %, exact; one decimal here, as every rate on screen.
        value:
          rate.kind === 'shown'
            ? formatRate(rate.value / 100)
            : this.translator.t('publication.rate.withheld'),
      },
    ];
  });
}
