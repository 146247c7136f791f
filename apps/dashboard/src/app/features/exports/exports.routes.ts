import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { FILTERS_MESSAGES } from '../filters/filters.messages';
import { EXPORTS_MESSAGES, exportsText } from './exports.messages';
import { ExportsPage } from './pages/exports/exports.page';

export const EXPORTS_ROUTES: Routes = [
  {
    path: '',
    title: () => exportsText('exports.pageTitle'),
    component: ExportsPage,
    providers: [provideMessages(SHARED_MESSAGES, FILTERS_MESSAGES, EXPORTS_MESSAGES)],
  },
];
