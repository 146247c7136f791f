import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { TabListComponent, tabElementId } from '../../../../shared/controls/tab-list.component';
import { FiguresOverTimeComponent } from '../../../../shared/figures/figures-over-time.component';
import { FiguresProvenanceComponent } from '../../../../shared/figures/figures-provenance.component';
import { describePeriod } from '../../../../shared/filters/indicator-filters';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { YearOnYearComponent } from '../../components/year-on-year.component';
import { TRENDS_VIEWS, yearOnYearPeriod } from '../../data/trends-view';
import { TrendsStore } from '../../data/trends.store';

@Component({
  selector: 'fita-trends-page',
  imports: [
    FiguresOverTimeComponent,
    FiguresProvenanceComponent,
    FilterBarComponent,
    TabListComponent,
    TranslatePipe,
    YearOnYearComponent,
  ],
  providers: [IndicatorFiltersStore, TrendsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trends.page.html',
  styleUrl: './trends.page.css',
})
export class TrendsPage {
  protected readonly store = inject(TrendsStore);
  protected readonly filters = inject(IndicatorFiltersStore);
  protected readonly views = TRENDS_VIEWS;
  protected readonly panelLabel = computed(() => tabElementId('trends-view', this.store.view()));
  protected readonly question = this.filters.question;
  private readonly comparedPeriod = computed(() => yearOnYearPeriod(this.filters.filters()));
  protected readonly comparedYears = computed(() => describePeriod(this.comparedPeriod()));
  /** Whether the comparison reaches back a year before the period (not before the first year). */
  protected readonly addsYearBefore = computed(
    () => this.comparedPeriod().from.slice(0, 4) < this.filters.filters().from.slice(0, 4),
  );

  protected selectView(id: string): void {
    const view = TRENDS_VIEWS.find((option) => option.id === id)?.id;
    if (view) this.store.selectView(view);
  }
}
