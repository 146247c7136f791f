import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { textOf } from '../../core/i18n/translator';
import { FIGURES_MESSAGES } from '../../shared/figures/figures.messages';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { FILTERS_MESSAGES } from '../filters/filters.messages';
import { BREAKDOWNS_MESSAGES } from './breakdowns.messages';
import { BreakdownsPage } from './pages/breakdowns/breakdowns.page';

export const BREAKDOWNS_ROUTES: Routes = [
  {
    path: '',
    title: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.pageTitle'),
    component: BreakdownsPage,
    providers: [
      provideMessages(SHARED_MESSAGES, FIGURES_MESSAGES, FILTERS_MESSAGES, BREAKDOWNS_MESSAGES),
    ],
  },
];
