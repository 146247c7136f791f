import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { QualityPage } from './pages/quality/quality.page';
import { QUALITY_MESSAGES } from './quality.messages';

export const QUALITY_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(SHARED_MESSAGES, QUALITY_MESSAGES)],
    // A resolver, so that the title is read once this route's texts are there.
    title: () => inject(Translator).t('quality.pageTitle'),
    component: QualityPage,
  },
];
