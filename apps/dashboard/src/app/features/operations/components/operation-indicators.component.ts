import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type OperationIndicator } from '../../../core/api/operations.model';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';

/** The catalogue indicators the operation reports, with its baseline, milestone and target. */
@Component({
  selector: 'fita-operation-indicators',
  imports: [LocalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (indicators().length > 0) {
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">
            Indicators of the operation
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col">Unit</th>
              <th scope="col" class="numeric">Baseline</th>
              <th scope="col" class="numeric">Milestone</th>
              <th scope="col" class="numeric">Target</th>
            </tr>
          </thead>
          <tbody>
            @for (indicator of indicators(); track indicator.code) {
              <tr>
                <th scope="row">{{ indicator.code }}</th>
                <td>{{ indicator.names | localText }}</td>
                <td>{{ indicator.unit }}</td>
                @for (
                  value of [indicator.baseline, indicator.milestone, indicator.target];
                  track $index
                ) {
                  <td class="numeric">
                    @if (value) {
                      {{ value.value }} <span class="year">({{ value.year }})</span>
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
    } @else {
      <p class="empty-note">No indicators are linked to this operation yet.</p>
    }
  `,
  styles: `
    .year {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class OperationIndicatorsComponent {
  readonly indicators = input.required<readonly OperationIndicator[]>();
}
