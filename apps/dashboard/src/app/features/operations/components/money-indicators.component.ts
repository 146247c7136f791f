import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  COST_BASES,
  COST_UNITS,
  type CostBasis,
  type CostUnit,
  type MoneyIndicators,
} from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { textOf } from '../../../core/i18n/translator';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';
import { EurosPipe } from '../../../shared/format/euros.pipe';
import { OPERATIONS_MESSAGES } from '../operations.messages';

const BASIS_LABELS: Readonly<Record<CostBasis, string>> = {
  total: textOf(OPERATIONS_MESSAGES, 'operations.costs.basisTotal'),
  eligible: textOf(OPERATIONS_MESSAGES, 'operations.costs.basisEligible'),
  eu: textOf(OPERATIONS_MESSAGES, 'operations.costs.basisEu'),
};

const UNIT_LABELS: Readonly<Record<CostUnit, string>> = {
  user: textOf(OPERATIONS_MESSAGES, 'operations.costs.perUser'),
  enrolment: textOf(OPERATIONS_MESSAGES, 'operations.costs.perEnrolment'),
  completion: textOf(OPERATIONS_MESSAGES, 'operations.costs.perCompletion'),
};

/**
 * Cost per user, enrolment and completion of the operation (spec section 6):
 * its current total, eligible and EU amounts divided by what was counted over
 * its whole period.
 */
@Component({
  selector: 'fita-money-indicators',
  imports: [CalendarDatePipe, CountPipe, EurosPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="lead">
      {{
        'operations.costs.period'
          | t
            : {
                from: (money().period.from | calendarDate),
                to: (money().period.to | calendarDate),
              }
      }}
    </p>
    <div class="table-scroll">
      <table class="data-table" data-testid="money-indicators">
        <caption class="visually-hidden">
          {{
            'operations.costs.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'operations.costs.cost' | t }}</th>
            <th scope="col" class="numeric">{{ 'operations.costs.counted' | t }}</th>
            @for (basis of bases; track basis) {
              <th scope="col" class="numeric" [attr.data-testid]="'money-basis-' + basis">
                {{ basisLabels[basis] }}
                @if (money().bases[basis]; as figure) {
                  <span class="basis">{{ figure.amount | euros }}</span>
                } @else {
                  <span class="basis">{{ 'operations.notRecorded' | t }}</span>
                }
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (unit of units; track unit) {
            <tr [attr.data-testid]="'money-per-' + unit">
              <th scope="row">{{ unitLabels[unit] }}</th>
              <td class="numeric">{{ money().costPer[unit].count | count }}</td>
              @for (basis of bases; track basis) {
                <td class="numeric">
                  @if (money().costPer[unit][basis]; as cost) {
                    {{ cost | euros }}
                  } @else {
                    —
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (hasGaps()) {
      <p class="note" data-testid="money-gaps">
        {{ 'operations.costs.gaps' | t }}
      </p>
    }
  `,
  styles: `
    .lead {
      margin: 0 0 0.75rem;
    }
    .basis {
      display: block;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      font-weight: normal;
    }
    .note {
      margin: 0.5rem 0 0;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class MoneyIndicatorsComponent {
  readonly money = input.required<MoneyIndicators>();

  protected readonly bases = COST_BASES;
  protected readonly units = COST_UNITS;
  protected readonly basisLabels = BASIS_LABELS;
  protected readonly unitLabels = UNIT_LABELS;
  /** Whether some cost is not there, so the dash needs its explanation. */
  protected readonly hasGaps = computed(() =>
    COST_UNITS.some((unit) =>
      COST_BASES.some((basis) => this.money().costPer[unit][basis] === null),
    ),
  );
}
