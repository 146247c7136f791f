import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  COST_BASES,
  COST_UNITS,
  type CostBasis,
  type CostUnit,
  type MoneyIndicators,
} from '../../../core/api/operations.model';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';
import { EurosPipe } from '../../../shared/format/euros.pipe';

const BASIS_LABELS: Readonly<Record<CostBasis, string>> = {
  total: 'Total cost',
  eligible: 'Eligible cost',
  eu: 'EU support',
};

const UNIT_LABELS: Readonly<Record<CostUnit, string>> = {
  user: 'Per user',
  enrolment: 'Per enrolment',
  completion: 'Per completion',
};

/**
 * Cost per user, enrolment and completion of the operation (spec section 6):
 * its current total, eligible and EU amounts divided by what was counted over
 * its whole period.
 */
@Component({
  selector: 'fita-money-indicators',
  imports: [CalendarDatePipe, CountPipe, EurosPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="lead">
      Counted from {{ money().period.from | calendarDate }} to
      {{ money().period.to | calendarDate }}, the operation's whole period. EU support is the amount
      committed. Amounts are rounded half up to the cent.
    </p>
    <div class="table-scroll">
      <table class="data-table" data-testid="money-indicators">
        <caption class="visually-hidden">
          Cost per user, enrolment and completion, on each basis
        </caption>
        <thead>
          <tr>
            <th scope="col">Cost</th>
            <th scope="col" class="numeric">Counted</th>
            @for (basis of bases; track basis) {
              <th scope="col" class="numeric" [attr.data-testid]="'money-basis-' + basis">
                {{ basisLabels[basis] }}
                @if (money().bases[basis]; as figure) {
                  <span class="basis">{{ figure.amount | euros }}</span>
                } @else {
                  <span class="basis">Not recorded yet</span>
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
        —: nothing counted in the period, or the figure is not recorded yet.
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
