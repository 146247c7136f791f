import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type IndicatorDefinition } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { AGGREGATION_RULE_LABELS, INDICATOR_TYPE_LABELS } from '../data/operation-labels';

@Component({
  selector: 'fita-indicator-catalogue-table',
  imports: [LocalTextPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table" data-testid="indicator-catalogue">
        <caption class="visually-hidden">
          {{
            'operations.catalogue.title' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'operations.indicatorField.code' | t }}</th>
            <th scope="col">{{ 'operations.indicatorField.type' | t }}</th>
            <th scope="col">{{ 'operations.indicatorField.name' | t }}</th>
            <th scope="col">{{ 'operations.indicatorField.unit' | t }}</th>
            <th scope="col">{{ 'operations.indicatorField.rule' | t }}</th>
            <th scope="col">{{ 'operations.indicatorField.notes' | t }}</th>
            @if (editable()) {
              <th scope="col">
                <span class="visually-hidden">{{ 'operations.actions' | t }}</span>
              </th>
            }
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
              @if (editable()) {
                <td>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    [attr.data-testid]="'edit-indicator-' + indicator.code"
                    (click)="edit.emit(indicator.code)"
                  >
                    {{ 'operations.edit' | t }}
                    <span class="visually-hidden">{{
                      'operations.catalogue.editHidden' | t: { code: indicator.code }
                    }}</span>
                  </button>
                </td>
              }
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
  /** Whether each row offers its edit button: admins only. */
  readonly editable = input(false);
  readonly edit = output<string>();

  protected readonly typeLabels = INDICATOR_TYPE_LABELS;
  protected readonly ruleLabels = AGGREGATION_RULE_LABELS;
}
