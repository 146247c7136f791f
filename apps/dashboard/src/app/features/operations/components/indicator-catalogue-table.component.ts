import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type IndicatorDefinition } from '../../../core/api/operations.model';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { AGGREGATION_RULE_LABELS, INDICATOR_TYPE_LABELS } from '../data/operation-labels';

@Component({
  selector: 'fita-indicator-catalogue-table',
  imports: [LocalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table" data-testid="indicator-catalogue">
        <caption class="visually-hidden">
          Indicator catalogue
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Type</th>
            <th scope="col">Name</th>
            <th scope="col">Unit</th>
            <th scope="col">Computed as</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          @for (indicator of indicators(); track indicator.code) {
            <tr>
              <th scope="row">{{ indicator.code }}</th>
              <td>{{ typeLabels[indicator.type] }}</td>
              <td>{{ indicator.names | localText }}</td>
              <td>{{ indicator.unit }}</td>
              <td>{{ ruleLabels[indicator.aggregationRule] }}</td>
              <td>{{ indicator.notes ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class IndicatorCatalogueTableComponent {
  readonly indicators = input.required<readonly IndicatorDefinition[]>();

  protected readonly typeLabels = INDICATOR_TYPE_LABELS;
  protected readonly ruleLabels = AGGREGATION_RULE_LABELS;
}
