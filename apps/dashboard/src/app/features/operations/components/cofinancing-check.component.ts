import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type CofinancingCheck } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EurosPipe } from '../../../shared/format/euros.pipe';
import { PercentagePipe } from '../../../shared/format/percentage.pipe';

/**
 * rate × certified expenditure next to the EU support recorded (spec section 6),
 * each flagged when it differs by more than the tolerance (EUR 1).
 */
@Component({
  selector: 'fita-cofinancing-check',
  imports: [EurosPipe, PercentagePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (check(); as c) {
      <p class="explanation" data-testid="cofinancing-explanation">
        {{ 'operations.cofinancing.explanation' | t: { tolerance: (c.tolerance | euros) } }}
      </p>
      <p class="formula">
        {{
          'operations.cofinancing.formula'
            | t
              : {
                  rate: (c.ratePercent | percentage),
                  certified: (c.certifiedExpenditure | euros),
                }
        }}
        <strong data-testid="expected-eu-support">{{ c.expectedEuSupport | euros }}</strong>.
      </p>
      @if (flagged()) {
        <div class="warning-box" data-testid="cofinancing-flagged">
          <p>
            <strong>{{ 'operations.cofinancing.checkFigures' | t }}</strong>
            {{ 'operations.cofinancing.differs' | t: { tolerance: (c.tolerance | euros) } }}
          </p>
        </div>
      }
      <div class="table-scroll">
        <table class="data-table" data-testid="cofinancing-check">
          <caption class="visually-hidden">
            {{
              'operations.cofinancing.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'operations.cofinancing.euSupport' | t }}</th>
              <th scope="col" class="numeric">{{ 'operations.cofinancing.recorded' | t }}</th>
              <th scope="col" class="numeric">{{ 'operations.cofinancing.difference' | t }}</th>
              <th scope="col">{{ 'operations.cofinancing.result' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr [attr.data-testid]="'cofinancing-' + row.key">
                <th scope="row">
                  @if (row.key === 'committed') {
                    {{ 'operations.cofinancing.committed' | t }}
                  } @else {
                    {{ 'operations.cofinancing.paid' | t }}
                  }
                </th>
                @if (row.comparison; as comparison) {
                  <td class="numeric">{{ comparison.recorded | euros }}</td>
                  <td class="numeric">{{ comparison.difference | euros: 'signed' }}</td>
                  <td>
                    @if (comparison.flagged) {
                      <span class="flag flag--off">{{
                        'operations.cofinancing.off' | t: { tolerance: (c.tolerance | euros) }
                      }}</span>
                    } @else {
                      <span class="flag">{{
                        'operations.cofinancing.within' | t: { tolerance: (c.tolerance | euros) }
                      }}</span>
                    }
                  </td>
                } @else {
                  <td colspan="3" class="not-recorded">{{ 'operations.notRecorded' | t }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty-note">{{ 'operations.cofinancing.missing' | t }}</p>
    }
  `,
  styles: `
    .explanation {
      margin: 0 0 0.5rem;
      color: var(--color-text-muted);
    }
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
      { key: 'committed', comparison: check?.committed ?? null },
      { key: 'paid', comparison: check?.paid ?? null },
    ] as const;
  });
  protected readonly flagged = computed(() =>
    this.rows().some((row) => row.comparison?.flagged === true),
  );
}
