import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { BREAKDOWN_DIMENSIONS, FIGURE_KEYS } from '../../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { ChoiceGroupComponent } from '../../../../shared/controls/choice-group.component';
import { TabListComponent, tabElementId } from '../../../../shared/controls/tab-list.component';
import { FIGURE_NAMES } from '../../../../shared/figures/figure-names';
import { FiguresProvenanceComponent } from '../../../../shared/figures/figures-provenance.component';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { AgeSchemePickerComponent } from '../../components/age-scheme-picker.component';
import { BreakdownViewComponent } from '../../components/breakdown-view.component';
import { BreakdownsStore } from '../../data/breakdowns.store';
import { DIMENSION_NAMES } from '../../data/dimension-names';

@Component({
  selector: 'fita-breakdowns-page',
  imports: [
    AgeSchemePickerComponent,
    BreakdownViewComponent,
    ChoiceGroupComponent,
    CountPipe,
    FiguresProvenanceComponent,
    FilterBarComponent,
    TabListComponent,
    TranslatePipe,
  ],
  providers: [IndicatorFiltersStore, BreakdownsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './breakdowns.page.html',
  styleUrl: './breakdowns.page.css',
})
export class BreakdownsPage {
  protected readonly store = inject(BreakdownsStore);
  private readonly filters = inject(IndicatorFiltersStore);

  protected readonly figureOptions = FIGURE_KEYS.map((id) => ({
    id,
    label: FIGURE_NAMES[id].label,
  }));
  protected readonly question = this.filters.question;
  protected readonly figureName = computed(() => FIGURE_NAMES[this.store.choice().figure]);
  protected readonly dimensionName = computed(() => DIMENSION_NAMES[this.store.choice().dimension]);
  protected readonly panelLabel = computed(() =>
    tabElementId('breakdown', this.store.choice().dimension),
  );

  protected selectFigure(id: string): void {
    const figure = FIGURE_KEYS.find((key) => key === id);
    if (figure) this.store.selectFigure(figure);
  }

  protected selectDimension(id: string): void {
    const dimension = BREAKDOWN_DIMENSIONS.find((key) => key === id);
    if (dimension) this.store.selectDimension(dimension);
  }
}
