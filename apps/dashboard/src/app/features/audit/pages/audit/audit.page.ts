import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { AuditEventsTableComponent } from '../../components/audit-events-table.component';
import { AuditFiltersComponent } from '../../components/audit-filters.component';
import { AuditLogStore } from '../../data/audit-log.store';

/** Who viewed evidence, person-level data and exports, and who changed users (admins). */
@Component({
  selector: 'fita-audit-page',
  imports: [AuditEventsTableComponent, AuditFiltersComponent, TranslatePipe],
  providers: [AuditLogStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.css',
})
export class AuditPage {
  protected readonly store = inject(AuditLogStore);
}
