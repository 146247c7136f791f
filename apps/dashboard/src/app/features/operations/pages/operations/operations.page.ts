import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { CalendarDatePipe } from '../../../../shared/format/calendar-date.pipe';
import { IndicatorCatalogueTableComponent } from '../../components/indicator-catalogue-table.component';
import { IndicatorFormComponent } from '../../components/indicator-form.component';
import { OperationFormComponent } from '../../components/operation-form.component';
import { IndicatorCatalogueStore } from '../../data/indicator-catalogue.store';
import { OperationsStore } from '../../data/operations.store';

@Component({
  selector: 'fita-operations-page',
  imports: [
    CalendarDatePipe,
    IndicatorCatalogueTableComponent,
    IndicatorFormComponent,
    OperationFormComponent,
    RouterLink,
    TranslatePipe,
  ],
  providers: [OperationsStore, IndicatorCatalogueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operations.page.html',
  styleUrl: './operations.page.css',
})
export class OperationsPage {
  protected readonly store = inject(OperationsStore);
  protected readonly catalogue = inject(IndicatorCatalogueStore);
  /** Only admins create and edit; managers and auditors read (the API refuses them anyway). */
  protected readonly isAdmin = inject(AuthService).isAdmin;
  protected readonly creating = signal(false);
  /** The indicator whose form is open, as the catalogue has it. */
  protected readonly editedIndicator = computed(() => {
    const editor = this.catalogue.editor();
    if (editor?.kind !== 'edit') return null;
    return this.catalogue.catalogue().value?.find(({ code }) => code === editor.code) ?? null;
  });

  protected closeForm(): void {
    this.creating.set(false);
    this.store.cancelCreation();
  }
}
