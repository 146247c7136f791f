import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
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
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (indicator of indicators(); track indicator.code) {
            <tr [attr.data-testid]="'catalogue-' + indicator.code">
              <th scope="row">{{ indicator.code }}</th>
              <td>{{ typeLabels[indicator.type] }}</td>
              <td>{{ indicator.names | localText }}</td>
              <td>{{ indicator.unit }}</td>
              <td>{{ ruleLabels[indicator.aggregationRule] }}</td>
              <td>{{ indicator.notes ?? '—' }}</td>
              <td>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  [attr.data-testid]="'edit-indicator-' + indicator.code"
                  (click)="edit.emit(indicator.code)"
                >
                  Edit<span class="visually-hidden"> {{ indicator.code }}</span>
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    tbody th {
      white-space: nowrap;
    }
  `,
})
export class IndicatorCatalogueTableComponent {
  readonly indicators = input.required<readonly IndicatorDefinition[]>();
  readonly edit = output<string>();

  protected readonly typeLabels = INDICATOR_TYPE_LABELS;
  protected readonly ruleLabels = AGGREGATION_RULE_LABELS;
}
