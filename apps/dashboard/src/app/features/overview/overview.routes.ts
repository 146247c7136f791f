import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { textOf } from '../../core/i18n/translator';
import { FIGURES_MESSAGES } from '../../shared/figures/figures.messages';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { EXPORTS_MESSAGES } from '../exports/exports.messages';
import { FILTERS_MESSAGES } from '../filters/filters.messages';
import { OVERVIEW_MESSAGES } from './overview.messages';
import { OverviewPage } from './pages/overview/overview.page';

export const OVERVIEW_ROUTES: Routes = [
  {
    path: '',
    title: textOf(OVERVIEW_MESSAGES, 'overview.documentTitle'),
    component: OverviewPage,
    providers: [
      provideMessages(
        SHARED_MESSAGES,
        FIGURES_MESSAGES,
        FILTERS_MESSAGES,
        OVERVIEW_MESSAGES,
        // The manager workbook's export control.
        EXPORTS_MESSAGES,
      ),
    ],
  },
];
