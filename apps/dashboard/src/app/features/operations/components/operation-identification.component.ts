import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type OperationSummary } from '../../../core/api/operations.model';
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
      <div class="identification__wide" data-testid="operation-retention">
        <dt>{{ 'operations.field.retention' | t }}</dt>
        @if (operation().retentionUntil; as retentionUntil) {
          <dd>
            {{ 'operations.retention.until' | t: { date: (retentionUntil | calendarDate) } }}
            <span class="identification__note">{{ operation().legalBasis }}</span>
          </dd>
        } @else {
          <dd>
            {{ 'operations.retention.notSet' | t }}
            <span class="identification__note">{{ 'operations.retention.notSetHint' | t }}</span>
          </dd>
        }
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
    .identification__wide {
      grid-column: 1 / -1;
    }
    .identification__note {
      display: block;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class OperationIdentificationComponent {
  readonly operation = input.required<OperationSummary>();

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
