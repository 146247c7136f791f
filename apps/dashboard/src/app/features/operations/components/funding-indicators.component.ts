import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type FundingIndicators,
  type FundingYear,
  SEX_KEYS,
} from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { formatQuantity } from '../../../shared/format/locale-format';
import { QuantityPipe } from '../../../shared/format/quantity.pipe';
import { AGGREGATION_RULE_EXPLANATIONS, SEX_LABELS } from '../data/operation-labels';
import { AchievedPercentPipe } from './achieved-percent.pipe';

/**
 * The funding indicators of the operation per reporting year (spec section 6),
 * in total and by sex, each year measured against the target and milestone.
 * Years are never added up: the rule of each indicator says what a year holds.
 */
@Component({
  selector: 'fita-funding-indicators',
  imports: [AchievedPercentPipe, CalendarDatePipe, LocalTextPipe, QuantityPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (indicator of funding().indicators; track indicator.code) {
      <div class="indicator" [attr.data-testid]="'funding-' + indicator.code">
        <h3 class="indicator__title">
          {{ indicator.code }} · {{ indicator.names | localText }}
          <span class="muted">({{ indicator.unit }})</span>
        </h3>
        <p class="indicator__lead">
          {{ explanations[indicator.aggregationRule] }}
          @if (indicator.baseline; as baseline) {
            {{
              'operations.funding.baseline'
                | t: { value: (baseline.value | quantity), year: baseline.year }
            }}
          }
          @if (indicator.target; as target) {
            {{
              'operations.funding.target'
                | t: { value: (target.value | quantity), year: target.year }
            }}
          } @else {
            {{ 'operations.funding.noTarget' | t }}
          }
          @if (indicator.milestone; as milestone) {
            {{
              'operations.funding.milestone'
                | t: { value: (milestone.value | quantity), year: milestone.year }
            }}
          }
        </p>
        <div class="table-scroll">
          <table class="data-table" [attr.data-testid]="'funding-' + indicator.code + '-years'">
            <caption class="visually-hidden">
              {{
                'operations.funding.caption' | t: { code: indicator.code }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'operations.funding.year' | t }}</th>
                <th scope="col">
                  @if (indicator.aggregationRule === 'manual') {
                    {{ 'operations.funding.asOf' | t }}
                  } @else {
                    {{ 'operations.funding.counted' | t }}
                  }
                </th>
                <th scope="col" class="numeric">{{ 'operations.funding.total' | t }}</th>
                @for (key of sexKeys; track key) {
                  <th scope="col" class="numeric">{{ sexLabels[key] }}</th>
                }
                <th scope="col" class="numeric">{{ 'operations.funding.percentOfTarget' | t }}</th>
                <th scope="col" class="numeric">
                  {{ 'operations.funding.percentOfMilestone' | t }}
                </th>
              </tr>
            </thead>
            <tbody>
              @for (year of indicator.years; track year.year) {
                <tr [attr.data-testid]="'funding-' + indicator.code + '-' + year.year">
                  <th scope="row">{{ year.year }}</th>
                  <td class="nowrap">
                    @if (indicator.aggregationRule === 'manual') {
                      @if (year.enteredAsOf; as asOf) {
                        {{ asOf | calendarDate }}
                      } @else {
                        <span class="muted">{{
                          'operations.funding.nothingEntered'
                            | t: { date: (year.to | calendarDate) }
                        }}</span>
                      }
                    } @else {
                      {{ year.from | calendarDate }} – {{ year.to | calendarDate }}
                    }
                  </td>
                  <td class="numeric total">{{ quantity(year.value) }}</td>
                  @if (year.bySex; as bySex) {
                    @for (key of sexKeys; track key) {
                      <td class="numeric">{{ quantity(bySex[key]) }}</td>
                    }
                  } @else if (year.value === null) {
                    <td colspan="4" class="muted centred">—</td>
                  } @else {
                    <td colspan="4" class="muted centred">{{ 'operations.notSplit' | t }}</td>
                  }
                  <td class="numeric">{{ year.percentOfTarget | achievedPercent }}</td>
                  <td class="numeric">{{ year.percentOfMilestone | achievedPercent }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </div>
    } @empty {
      <p class="empty-note">
        @if (editable()) {
          {{ 'operations.funding.emptyAdmin' | t }}
        } @else {
          {{ 'operations.funding.empty' | t }}
        }
      </p>
    }
  `,
  styles: `
    .indicator + .indicator {
      margin-top: 1.5rem;
    }
    .indicator__title {
      margin: 0;
      font-size: 1rem;
    }
    .indicator__lead {
      margin: 0.25rem 0 0.75rem;
      color: var(--color-text-muted);
    }
    .muted {
      color: var(--color-text-muted);
      font-weight: normal;
    }
    .centred {
      text-align: center;
    }
    .nowrap {
      white-space: nowrap;
    }
    .total {
      font-weight: 600;
    }
  `,
})
export class FundingIndicatorsComponent {
  readonly funding = input.required<FundingIndicators>();
  /** Whether the reader may link indicators, which the empty state then suggests. */
  readonly editable = input(false);

  protected readonly explanations = AGGREGATION_RULE_EXPLANATIONS;
  protected readonly sexKeys = SEX_KEYS;
  protected readonly sexLabels = SEX_LABELS;

  /** Counts, and manual values that may have decimals, as the quantity pipe writes them. */
  protected quantity(value: FundingYear['value']): string {
    return value === null ? '—' : formatQuantity(String(value));
  }
}
