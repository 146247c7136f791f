import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { OPERATIONS_MESSAGES } from './operations.messages';
import { OperationDetailPage } from './pages/operation-detail/operation-detail.page';
import { OperationsPage } from './pages/operations/operations.page';

/**
 * Readable by admins, managers and auditors (the app's routes guard the
 * area); the pages show their editing controls to admins only.
 */
export const OPERATIONS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(SHARED_MESSAGES, OPERATIONS_MESSAGES)],
    children: [
      {
        path: '',
        // A resolver, so that the title is read once this route's texts are there.
        title: () => inject(Translator).t('operations.pageTitle'),
        component: OperationsPage,
      },
      {
        path: ':id',
        title: () => inject(Translator).t('operations.detailPageTitle'),
        component: OperationDetailPage,
      },
    ],
  },
];
