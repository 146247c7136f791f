import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  BREAKDOWN_DIMENSIONS,
  FIGURE_KEYS,
  type FigureKey,
} from '../../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { Translator } from '../../../../core/i18n/translator';
import { ChoiceGroupComponent } from '../../../../shared/controls/choice-group.component';
import { ExportControlComponent } from '../../../exports/components/export-control.component';
import { DisclosureRuleComponent } from '../../components/disclosure-rule.component';
import { HeadlineFiguresComponent } from '../../components/headline-figures.component';
import { PublishedBreakdownComponent } from '../../components/published-breakdown.component';
import { QuoteSentencesComponent } from '../../components/quote-sentences.component';
import { SnapshotChoiceComponent } from '../../components/snapshot-choice.component';
import { SnapshotDetailsComponent } from '../../components/snapshot-details.component';
import { dimensionLabel } from '../../data/cell-labels';
import { PublicationStore } from '../../data/publication.store';
import { publishedRows } from '../../data/published-rows';

@Component({
  selector: 'fita-publication-page',
  imports: [
    ChoiceGroupComponent,
    DisclosureRuleComponent,
    ExportControlComponent,
    HeadlineFiguresComponent,
    PublishedBreakdownComponent,
    QuoteSentencesComponent,
    SnapshotChoiceComponent,
    SnapshotDetailsComponent,
    TranslatePipe,
  ],
  providers: [PublicationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publication.page.html',
  styleUrl: './publication.page.css',
})
export class PublicationPage {
  protected readonly store = inject(PublicationStore);
  private readonly translator = inject(Translator);

  protected readonly figureOptions = FIGURE_KEYS.map((id) => ({ id, label: this.figureLabel(id) }));
  protected readonly figure = signal<FigureKey>('users');

  /** The chosen figure's breakdowns, in the order every page uses; any the API adds, after. */
  protected readonly breakdowns = computed(() => {
    const view = this.store.view().value;
    const byName = view?.breakdowns[this.figure()] ?? {};
    const known: readonly string[] = BREAKDOWN_DIMENSIONS;
    const names = [
      ...BREAKDOWN_DIMENSIONS.filter((name) => name in byName),
      ...Object.keys(byName).filter((name) => !known.includes(name)),
    ];
    return names.map((name) => ({
      dimension: name,
      label: dimensionLabel(name),
      rows: publishedRows(byName[name] ?? {}, name),
    }));
  });
  protected readonly figureText = computed(() => this.figureLabel(this.figure()));

  protected selectFigure(id: string): void {
    const figure = FIGURE_KEYS.find((key) => key === id);
    if (figure) this.figure.set(figure);
  }

  private figureLabel(figure: FigureKey): string {
    switch (figure) {
      case 'users':
        return this.translator.t('figure.users');
      case 'enrolments':
        return this.translator.t('figure.enrolments');
      case 'completions':
        return this.translator.t('figure.completions');
    }
  }
}
