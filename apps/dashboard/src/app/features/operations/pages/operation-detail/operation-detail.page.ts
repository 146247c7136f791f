import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { localIsoDate } from '../../../../core/time/local-iso-date';
import { NOW } from '../../../../core/time/now.token';
import { CofinancingCheckComponent } from '../../components/cofinancing-check.component';
import { CurrentFiguresComponent } from '../../components/current-figures.component';
import { FigureFormComponent } from '../../components/figure-form.component';
import { FigureHistoryComponent } from '../../components/figure-history.component';
import { OperationFormComponent } from '../../components/operation-form.component';
import { OperationIdentificationComponent } from '../../components/operation-identification.component';
import { OperationIndicatorsComponent } from '../../components/operation-indicators.component';
import { OperationDetailStore } from '../../data/operation-detail.store';

@Component({
  selector: 'fita-operation-detail-page',
  imports: [
    CofinancingCheckComponent,
    CurrentFiguresComponent,
    FigureFormComponent,
    FigureHistoryComponent,
    OperationFormComponent,
    OperationIdentificationComponent,
    OperationIndicatorsComponent,
    RouterLink,
  ],
  providers: [OperationDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operation-detail.page.html',
  styleUrl: './operation-detail.page.css',
})
export class OperationDetailPage {
  protected readonly store = inject(OperationDetailStore);
  /** The latest date a figure may be valid at (the API refuses later ones). */
  protected readonly today = localIsoDate(inject(NOW)());
}
