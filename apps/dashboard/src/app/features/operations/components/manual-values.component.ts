import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
} from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import { type OperationIndicator, SEX_KEYS } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { QuantityPipe } from '../../../shared/format/quantity.pipe';
import { ManualValuesStore } from '../data/manual-values.store';
import { SEX_LABELS } from '../data/operation-labels';
import { ManualValueFormComponent } from './manual-value-form.component';

/** The values of a `manual` indicator of the operation, latest first, and the form to enter one. */
@Component({
  selector: 'fita-manual-values',
  imports: [CalendarDatePipe, DateTimePipe, ManualValueFormComponent, QuantityPipe, TranslatePipe],
  providers: [ManualValuesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [attr.aria-busy]="store.values().status === 'loading'">
      @if (latestFirst(); as values) {
        @if (values.length > 0) {
          <div class="table-scroll">
            <table class="data-table" [attr.data-testid]="prefix() + '-values'">
              <caption class="visually-hidden">
                {{
                  'operations.manual.caption' | t: { code: indicator().code }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'operations.manual.asOf' | t }}</th>
                  <th scope="col" class="numeric">{{ 'operations.manual.value' | t }}</th>
                  @for (key of sexKeys; track key) {
                    <th scope="col" class="numeric">{{ sexLabels[key] }}</th>
                  }
                  <th scope="col">{{ 'operations.manual.source' | t }}</th>
                  <th scope="col">{{ 'operations.manual.note' | t }}</th>
                  <th scope="col">{{ 'operations.manual.recordedAt' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (value of values; track value.id) {
                  <tr>
                    <td class="nowrap">{{ value.asOf | calendarDate }}</td>
                    <td class="numeric">{{ value.value | quantity }}</td>
                    @if (value.bySex; as bySex) {
                      @for (key of sexKeys; track key) {
                        <td class="numeric">{{ bySex[key] | quantity }}</td>
                      }
                    } @else {
                      <td colspan="4" class="muted">{{ 'operations.notSplit' | t }}</td>
                    }
                    <td>{{ value.source }}</td>
                    <td>{{ value.note ?? '—' }}</td>
                    <td class="nowrap">{{ value.recordedAt | dateTime }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="empty-note">{{ 'operations.manual.none' | t }}</p>
        }
      } @else if (store.values().status === 'error') {
        <div class="error-box" role="alert">
          <p>{{ 'operations.manual.failed' | t: { reason: store.values().error ?? '' } }}</p>
          <button type="button" class="button button--secondary" (click)="store.retry()">
            {{ 'common.retry' | t }}
          </button>
        </div>
      } @else {
        <p class="loading-note">{{ 'common.loading' | t }}</p>
      }
    </div>

    @if (editable()) {
      <h3 class="form-title" [id]="prefix() + '-form-title'">
        {{ 'operations.manual.enter' | t }}
      </h3>
      <fita-manual-value-form
        [idPrefix]="prefix()"
        [unit]="indicator().unit"
        [state]="store.adding()"
        [today]="today()"
        (save)="store.add($event)"
      />
    }
  `,
  styles: `
    .nowrap {
      white-space: nowrap;
    }
    .muted {
      color: var(--color-text-muted);
      text-align: center;
    }
    .form-title {
      margin: 1.5rem 0 0.75rem;
      font-size: 1rem;
    }
  `,
})
export class ManualValuesComponent implements OnInit {
  readonly operationId = input.required<string>();
  readonly indicator = input.required<OperationIndicator>();
  /** YYYY-MM-DD: the latest date a value may be valid at. */
  readonly today = input.required<string>();
  /** Whether the form to enter a value shows: admins only; others read the values as evidence. */
  readonly editable = input(false);

  protected readonly store = inject(ManualValuesStore);
  /** A value the API has recorded; the funding indicators shown then change. */
  readonly added = outputFromObservable(this.store.added$);
  protected readonly sexKeys = SEX_KEYS;
  protected readonly sexLabels = SEX_LABELS;
  /** Prefix of element ids and test ids, one per indicator. */
  protected readonly prefix = computed(() => `manual-${this.indicator().code}`);
  protected readonly latestFirst = computed(() => {
    const values = this.store.values().value;
    return values ? [...values].reverse() : null;
  });

  ngOnInit(): void {
    // The indicator's code and the operation stay the same for the life of this component.
    this.store.load(this.operationId(), this.indicator().code);
  }
}
