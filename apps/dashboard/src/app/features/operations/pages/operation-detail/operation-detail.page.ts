import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { localIsoDate } from '../../../../core/time/local-iso-date';
import { NOW } from '../../../../core/time/now.token';
import { LocalTextPipe } from '../../../../shared/format/local-text.pipe';
import { CofinancingCheckComponent } from '../../components/cofinancing-check.component';
import { CurrentFiguresComponent } from '../../components/current-figures.component';
import { FigureFormComponent } from '../../components/figure-form.component';
import { FigureHistoryComponent } from '../../components/figure-history.component';
import { FundingIndicatorsComponent } from '../../components/funding-indicators.component';
import { IndicatorLinkFormComponent } from '../../components/indicator-link-form.component';
import { ManualValuesComponent } from '../../components/manual-values.component';
import { MoneyIndicatorsComponent } from '../../components/money-indicators.component';
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
    FundingIndicatorsComponent,
    IndicatorLinkFormComponent,
    LocalTextPipe,
    ManualValuesComponent,
    MoneyIndicatorsComponent,
    OperationFormComponent,
    OperationIdentificationComponent,
    OperationIndicatorsComponent,
    RouterLink,
    TranslatePipe,
  ],
  providers: [OperationDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operation-detail.page.html',
  styleUrl: './operation-detail.page.css',
})
export class OperationDetailPage {
  protected readonly store = inject(OperationDetailStore);
  /** Only admins edit; managers and auditors read the sheet (the API refuses them anyway). */
  protected readonly isAdmin = inject(AuthService).isAdmin;
  /** The latest date a figure or value may be valid at (the API refuses later ones). */
  protected readonly today = localIsoDate(inject(NOW)());

  private readonly indicators = computed(() => this.store.operation().value?.indicators ?? []);
  /** Linked indicators whose values are entered by hand, each with its own section. */
  protected readonly manualIndicators = computed(() =>
    this.indicators().filter(({ aggregationRule }) => aggregationRule === 'manual'),
  );
  /** The catalogue indicators not linked yet; null until the catalogue has loaded. */
  protected readonly linkChoices = computed(() => {
    const catalogue = this.store.catalogue().value;
    if (!catalogue) return null;
    const linked = new Set(this.indicators().map(({ code }) => code));
    return catalogue.filter(({ code }) => !linked.has(code));
  });
  /** The link whose targets are being edited. */
  protected readonly editedLink = computed(() => {
    const editor = this.store.linkEditor();
    if (editor?.kind !== 'edit') return null;
    return this.indicators().find(({ code }) => code === editor.code) ?? null;
  });
}
