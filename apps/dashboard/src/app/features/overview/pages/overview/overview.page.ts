import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { OverviewStore } from '../../data/overview.store';
import { DataFreshnessComponent } from '../../components/data-freshness.component';
import { ExcelDownloadButtonComponent } from '../../components/excel-download-button.component';
import { UsersKpiCardComponent } from '../../components/users-kpi-card.component';
import { UsersPerYearCardComponent } from '../../components/users-per-year-card.component';
import { YearSelectComponent } from '../../components/year-select.component';

@Component({
  selector: 'fita-overview-page',
  imports: [
    DataFreshnessComponent,
    ExcelDownloadButtonComponent,
    UsersKpiCardComponent,
    UsersPerYearCardComponent,
    YearSelectComponent,
  ],
  providers: [OverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
})
export class OverviewPage {
  protected readonly store = inject(OverviewStore);
}
