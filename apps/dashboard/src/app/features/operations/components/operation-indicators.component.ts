import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type OperationIndicator } from '../../../core/api/operations.model';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { QuantityPipe } from '../../../shared/format/quantity.pipe';
import { AGGREGATION_RULE_LABELS, INDICATOR_TYPE_LABELS } from '../data/operation-labels';

/** The catalogue indicators the operation reports, with its baseline, milestone and target. */
@Component({
  selector: 'fita-operation-indicators',
  imports: [LocalTextPipe, QuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (indicators().length > 0) {
      <div class="table-scroll">
        <table class="data-table" data-testid="operation-indicators">
          <caption class="visually-hidden">
            Indicators of the operation
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col">Unit</th>
              <th scope="col">Computed as</th>
              <th scope="col" class="numeric">Baseline</th>
              <th scope="col" class="numeric">Milestone</th>
              <th scope="col" class="numeric">Target</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            @for (indicator of indicators(); track indicator.code) {
              <tr [attr.data-testid]="'indicator-' + indicator.code">
                <th scope="row">{{ indicator.code }}</th>
                <td>
                  {{ indicator.names | localText }}
                  <span class="muted">{{ typeLabels[indicator.type] }} indicator</span>
                </td>
                <td>{{ indicator.unit }}</td>
                <td>{{ ruleLabels[indicator.aggregationRule] }}</td>
                @for (
                  value of [indicator.baseline, indicator.milestone, indicator.target];
                  track $index
                ) {
                  <td class="numeric">
                    @if (value) {
                      {{ value.value | quantity }} <span class="muted">({{ value.year }})</span>
                    } @else {
                      —
                    }
                  </td>
                }
                <td>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    [attr.data-testid]="'edit-link-' + indicator.code"
                    (click)="edit.emit(indicator.code)"
                  >
                    Edit<span class="visually-hidden"> the targets of {{ indicator.code }}</span>
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty-note">No indicators are linked to this operation yet.</p>
    }
  `,
  styles: `
    .muted {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
    td > .muted {
      display: block;
    }
    td.numeric > .muted {
      display: inline;
    }
  `,
})
export class OperationIndicatorsComponent {
  readonly indicators = input.required<readonly OperationIndicator[]>();
  readonly edit = output<string>();

  protected readonly typeLabels = INDICATOR_TYPE_LABELS;
  protected readonly ruleLabels = AGGREGATION_RULE_LABELS;
}
