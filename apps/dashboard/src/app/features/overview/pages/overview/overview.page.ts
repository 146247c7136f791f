import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { DataFreshnessComponent } from '../../components/data-freshness.component';
import { ExcelDownloadButtonComponent } from '../../components/excel-download-button.component';
import { FiguresPerYearComponent } from '../../components/figures-per-year.component';
import { KpiCardsComponent } from '../../components/kpi-cards.component';
import { TargetProgressComponent } from '../../components/target-progress.component';
import { OverviewStore } from '../../data/overview.store';

/** The programme managers' landing page: key figures, progress towards targets, years. */
@Component({
  selector: 'fita-overview-page',
  imports: [
    DataFreshnessComponent,
    ExcelDownloadButtonComponent,
    FiguresPerYearComponent,
    FilterBarComponent,
    KpiCardsComponent,
    TargetProgressComponent,
    TranslatePipe,
  ],
  providers: [IndicatorFiltersStore, OverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
})
export class OverviewPage {
  protected readonly store = inject(OverviewStore);
}
