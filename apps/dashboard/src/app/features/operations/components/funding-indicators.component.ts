import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type AggregationRule,
  type FundingIndicators,
  type FundingYear,
  SEX_KEYS,
} from '../../../core/api/operations.model';
import { formatQuantity } from '../../../shared/format/locale-format';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { QuantityPipe } from '../../../shared/format/quantity.pipe';
import { SEX_LABELS } from '../data/operation-labels';
import { AchievedPercentPipe } from './achieved-percent.pipe';

/** How each rule's yearly value comes about, for the reader of the table. */
const RULE_EXPLANATIONS: Readonly<Record<AggregationRule, string>> = {
  cumulative_distinct:
    "Distinct persons from the operation's start to each year end: a person counts once, however many years they come back.",
  annual_distinct: 'Distinct persons within each calendar year.',
  manual: 'The value entered by hand that is in force at each year end.',
};

/**
 * The funding indicators of the operation per reporting year (spec section 6),
 * in total and by sex, each year measured against the target and milestone.
 */
@Component({
  selector: 'fita-funding-indicators',
  imports: [AchievedPercentPipe, CalendarDatePipe, LocalTextPipe, QuantityPipe],
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
          @if (indicator.target; as target) {
            Target {{ target.value | quantity }} in {{ target.year }}.
          } @else {
            No target set.
          }
          @if (indicator.milestone; as milestone) {
            Milestone {{ milestone.value | quantity }} in {{ milestone.year }}.
          }
        </p>
        <div class="table-scroll">
          <table class="data-table" [attr.data-testid]="'funding-' + indicator.code + '-years'">
            <caption class="visually-hidden">
              {{
                indicator.code
              }}
              per reporting year, in total and by sex
            </caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">
                  {{ indicator.aggregationRule === 'manual' ? 'As of' : 'Counted' }}
                </th>
                <th scope="col" class="numeric">Total</th>
                @for (key of sexKeys; track key) {
                  <th scope="col" class="numeric">{{ sexLabels[key] }}</th>
                }
                <th scope="col" class="numeric">% of target</th>
                <th scope="col" class="numeric">% of milestone</th>
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
                        <span class="muted">Nothing entered by {{ year.to | calendarDate }}</span>
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
                  } @else {
                    <td colspan="4" class="muted centred">
                      {{ year.value === null ? '—' : 'Not split by sex' }}
                    </td>
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
      <p class="empty-note">Link an indicator to see its values per year.</p>
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

  protected readonly explanations = RULE_EXPLANATIONS;
  protected readonly sexKeys = SEX_KEYS;
  protected readonly sexLabels = SEX_LABELS;

  /** Counts, and manual values that may have decimals, as the quantity pipe writes them. */
  protected quantity(value: FundingYear['value']): string {
    return value === null ? '—' : formatQuantity(String(value));
  }
}
