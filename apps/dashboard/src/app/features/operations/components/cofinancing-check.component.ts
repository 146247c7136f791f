import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type CofinancingCheck } from '../../../core/api/operations.model';
import { EurosPipe } from '../../../shared/format/euros.pipe';
import { PercentagePipe } from '../../../shared/format/percentage.pipe';

/**
 * rate × certified expenditure next to the EU support recorded (spec section 6),
 * each flagged when it differs by more than the tolerance (EUR 1).
 */
@Component({
  selector: 'fita-cofinancing-check',
  imports: [EurosPipe, PercentagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (check(); as c) {
      <p class="formula">
        Co-financing rate {{ c.ratePercent | percentage }} × certified expenditure
        {{ c.certifiedExpenditure | euros }} = expected EU support
        <strong data-testid="expected-eu-support">{{ c.expectedEuSupport | euros }}</strong>.
      </p>
      @if (flagged()) {
        <div class="warning-box" data-testid="cofinancing-flagged">
          <p>
            <strong>Check the figures:</strong> the EU support recorded differs from the expected
            amount by more than {{ c.tolerance | euros }}.
          </p>
        </div>
      }
      <div class="table-scroll">
        <table class="data-table" data-testid="cofinancing-check">
          <caption class="visually-hidden">
            EU support recorded against the expected amount
          </caption>
          <thead>
            <tr>
              <th scope="col">EU support</th>
              <th scope="col" class="numeric">Recorded</th>
              <th scope="col" class="numeric">Difference</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.label) {
              <tr [attr.data-testid]="'cofinancing-' + row.key">
                <th scope="row">{{ row.label }}</th>
                @if (row.comparison; as comparison) {
                  <td class="numeric">{{ comparison.recorded | euros }}</td>
                  <td class="numeric">{{ comparison.difference | euros: 'signed' }}</td>
                  <td>
                    @if (comparison.flagged) {
                      <span class="flag flag--off">Off by more than {{ c.tolerance | euros }}</span>
                    } @else {
                      <span class="flag">Within {{ c.tolerance | euros }}</span>
                    }
                  </td>
                } @else {
                  <td colspan="3" class="not-recorded">Not recorded yet</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty-note">
        The check needs both a co-financing rate and certified expenditure: record them to see it.
      </p>
    }
  `,
  styles: `
    .formula {
      margin: 0 0 0.75rem;
    }
    .warning-box {
      margin-bottom: 0.75rem;
    }
    .flag {
      font-weight: 600;
    }
    .flag--off {
      color: var(--color-error-text);
    }
    .flag--off::before {
      content: '⚠ ';
    }
    .not-recorded {
      color: var(--color-text-muted);
    }
  `,
})
export class CofinancingCheckComponent {
  readonly check = input.required<CofinancingCheck | null>();

  protected readonly rows = computed(() => {
    const check = this.check();
    return [
      { key: 'committed', label: 'Committed', comparison: check?.committed ?? null },
      { key: 'paid', label: 'Paid', comparison: check?.paid ?? null },
    ];
  });
  protected readonly flagged = computed(() =>
    this.rows().some((row) => row.comparison?.flagged === true),
  );
}
