import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { textOf } from '../../core/i18n/translator';
import { FIGURES_MESSAGES } from '../../shared/figures/figures.messages';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { FILTERS_MESSAGES } from '../filters/filters.messages';
import { TrendsPage } from './pages/trends/trends.page';
import { TRENDS_MESSAGES } from './trends.messages';

export const TRENDS_ROUTES: Routes = [
  {
    path: '',
    title: textOf(TRENDS_MESSAGES, 'trends.pageTitle'),
    component: TrendsPage,
    providers: [
      provideMessages(SHARED_MESSAGES, FIGURES_MESSAGES, FILTERS_MESSAGES, TRENDS_MESSAGES),
    ],
  },
];
