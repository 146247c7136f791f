import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type OperationIndicator } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { QuantityPipe } from '../../../shared/format/quantity.pipe';
import { AGGREGATION_RULE_LABELS, INDICATOR_TYPE_NAMES } from '../data/operation-labels';

/** The catalogue indicators the operation reports, with its baseline, milestone and target. */
@Component({
  selector: 'fita-operation-indicators',
  imports: [LocalTextPipe, QuantityPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (indicators().length > 0) {
      <div class="table-scroll">
        <table class="data-table" data-testid="operation-indicators">
          <caption class="visually-hidden">
            {{
              'operations.indicators.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'operations.indicatorField.code' | t }}</th>
              <th scope="col">{{ 'operations.indicatorField.name' | t }}</th>
              <th scope="col">{{ 'operations.indicatorField.unit' | t }}</th>
              <th scope="col">{{ 'operations.indicatorField.rule' | t }}</th>
              <th scope="col" class="numeric">{{ 'operations.target.baseline' | t }}</th>
              <th scope="col" class="numeric">{{ 'operations.target.milestone' | t }}</th>
              <th scope="col" class="numeric">{{ 'operations.target.target' | t }}</th>
              @if (editable()) {
                <th scope="col">
                  <span class="visually-hidden">{{ 'operations.actions' | t }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (indicator of indicators(); track indicator.code) {
              <tr [attr.data-testid]="'indicator-' + indicator.code">
                <th scope="row">{{ indicator.code }}</th>
                <td>
                  {{ indicator.names | localText }}
                  <span class="muted">{{ typeNames[indicator.type] }}</span>
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
                @if (editable()) {
                  <td>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      [attr.data-testid]="'edit-link-' + indicator.code"
                      (click)="edit.emit(indicator.code)"
                    >
                      {{ 'operations.edit' | t }}
                      <span class="visually-hidden">{{
                        'operations.indicators.editHidden' | t: { code: indicator.code }
                      }}</span>
                    </button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty-note">
        @if (editable()) {
          {{ 'operations.indicators.noneAdmin' | t }}
        } @else {
          {{ 'operations.indicators.none' | t }}
        }
      </p>
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
  /** Whether each row offers to edit its targets: admins only. */
  readonly editable = input(false);
  readonly edit = output<string>();

  protected readonly typeNames = INDICATOR_TYPE_NAMES;
  protected readonly ruleLabels = AGGREGATION_RULE_LABELS;
}
