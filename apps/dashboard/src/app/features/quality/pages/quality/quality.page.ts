import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { PersonsWithoutDemographicsComponent } from '../../components/persons-without-demographics.component';
import { QualitySummaryComponent } from '../../components/quality-summary.component';
import { ReceivedPerMonthComponent } from '../../components/received-per-month.component';
import { RejectionsComponent } from '../../components/rejections.component';
import {
  type Classification,
  UncataloguedActivitiesComponent,
} from '../../components/uncatalogued-activities.component';
import { QualityStore } from '../../data/quality.store';

/** What the figures leave out or cannot break down (issue 7), and the activities to classify. */
@Component({
  selector: 'fita-quality-page',
  imports: [
    PersonsWithoutDemographicsComponent,
    QualitySummaryComponent,
    ReceivedPerMonthComponent,
    RejectionsComponent,
    TranslatePipe,
    UncataloguedActivitiesComponent,
  ],
  providers: [QualityStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quality.page.html',
  styleUrl: './quality.page.css',
})
export class QualityPage {
  protected readonly store = inject(QualityStore);

  protected classify(classification: Classification): void {
    this.store.classify(classification.activityId, classification.course);
  }
}
