import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { IMPORTS_MESSAGES } from './imports.messages';
import { ImportsPage } from './pages/imports/imports.page';

export const IMPORTS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(SHARED_MESSAGES, IMPORTS_MESSAGES)],
    // A resolver, so that the title is read once this route's texts are there.
    title: () => inject(Translator).t('imports.pageTitle'),
    component: ImportsPage,
  },
];
