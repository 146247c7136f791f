import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type ImportRowError } from '../../../core/api/imports.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The errors of a refused file, in file order. */
@Component({
  selector: 'fita-import-errors-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="table-scroll errors"
      tabindex="0"
      role="region"
      [attr.aria-labelledby]="name() + '-import-errors-caption'"
    >
      <table class="data-table" [attr.data-testid]="name() + '-import-errors'">
        <caption [id]="name() + '-import-errors-caption'" class="visually-hidden">
          {{
            'imports.errors.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="numeric">{{ 'imports.errors.row' | t }}</th>
            <th scope="col">{{ 'imports.errors.column' | t }}</th>
            <th scope="col">{{ 'imports.errors.problem' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (error of errors(); track $index) {
            <tr>
              <td class="numeric">{{ error.row }}</td>
              <td>
                <code>{{ error.column }}</code>
              </td>
              <td>{{ error.message }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .errors {
      max-height: 24rem;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--color-surface);
    }
  `,
})
export class ImportErrorsTableComponent {
  readonly name = input.required<string>();
  readonly errors = input.required<readonly ImportRowError[]>();
}
