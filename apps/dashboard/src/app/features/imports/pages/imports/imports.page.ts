import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { COURSE_CATALOGUE_COLUMNS } from '../../../../core/api/courses.model';
import { LEARNER_REGISTRY_COLUMNS } from '../../../../core/api/learners.model';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { ImportCardComponent } from '../../components/import-card.component';
import { RegistrySummaryCardComponent } from '../../components/registry-summary-card.component';
import { UncataloguedActivitiesCardComponent } from '../../components/uncatalogued-activities-card.component';
import { ImportsStore, UNCATALOGUED_LIMIT } from '../../data/imports.store';

@Component({
  selector: 'fita-imports-page',
  imports: [
    ImportCardComponent,
    RegistrySummaryCardComponent,
    TranslatePipe,
    UncataloguedActivitiesCardComponent,
  ],
  providers: [ImportsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imports.page.html',
  styleUrl: './imports.page.css',
})
export class ImportsPage {
  protected readonly store = inject(ImportsStore);
  protected readonly learnerColumns = LEARNER_REGISTRY_COLUMNS;
  protected readonly courseColumns = COURSE_CATALOGUE_COLUMNS;
  protected readonly uncataloguedLimit = UNCATALOGUED_LIMIT;
}
