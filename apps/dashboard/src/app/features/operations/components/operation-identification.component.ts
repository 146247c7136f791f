import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type OperationFields } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { OPERATION_FIELD_LABELS } from '../data/operation-labels';

@Component({
  selector: 'fita-operation-identification',
  imports: [CalendarDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="identification" data-testid="operation-identification">
      @for (key of textKeys; track key) {
        <div>
          <dt>{{ labels[key] }}</dt>
          <dd>{{ operation()[key] }}</dd>
        </div>
      }
      <div>
        <dt>{{ 'operations.field.period' | t }}</dt>
        <dd>
          {{ operation().startDate | calendarDate }} – {{ operation().endDate | calendarDate }}
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .identification {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0;
    }
    dt {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
})
export class OperationIdentificationComponent {
  readonly operation = input.required<OperationFields>();

  protected readonly labels = OPERATION_FIELD_LABELS;
  protected readonly textKeys = [
    'code',
    'name',
    'programmeCci',
    'programmeTitle',
    'fund',
    'priorityAxis',
    'specificObjective',
    'beneficiary',
  ] as const;
}
