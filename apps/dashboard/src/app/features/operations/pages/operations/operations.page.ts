import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CalendarDatePipe } from '../../../../shared/format/calendar-date.pipe';
import { IndicatorCatalogueTableComponent } from '../../components/indicator-catalogue-table.component';
import { OperationFormComponent } from '../../components/operation-form.component';
import { OperationsStore } from '../../data/operations.store';

@Component({
  selector: 'fita-operations-page',
  imports: [CalendarDatePipe, IndicatorCatalogueTableComponent, OperationFormComponent, RouterLink],
  providers: [OperationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operations.page.html',
  styleUrl: './operations.page.css',
})
export class OperationsPage {
  protected readonly store = inject(OperationsStore);
  protected readonly creating = signal(false);

  protected closeForm(): void {
    this.creating.set(false);
    this.store.cancelCreation();
  }
}
