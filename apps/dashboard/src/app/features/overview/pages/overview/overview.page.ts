import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { ExportControlComponent } from '../../../exports/components/export-control.component';
import { mayExport } from '../../../exports/data/export-roles';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { DataFreshnessComponent } from '../../components/data-freshness.component';
import { FiguresPerYearComponent } from '../../components/figures-per-year.component';
import { KpiCardsComponent } from '../../components/kpi-cards.component';
import { TargetProgressComponent } from '../../components/target-progress.component';
import { OverviewStore } from '../../data/overview.store';

/** The programme managers' landing page: key figures, progress towards targets, years. */
@Component({
  selector: 'fita-overview-page',
  imports: [
    DataFreshnessComponent,
    ExportControlComponent,
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
  private readonly auth = inject(AuthService);

  protected readonly mayExport = computed(() => mayExport(this.auth.user()?.role, 'manager'));
  /** The question on screen as the export's query; null until the default period is settled. */
  protected readonly exportQuery = computed((): Readonly<Record<string, string>> | null => {
    const query = this.store.query();
    return query === null ? null : { ...query };
  });
}
