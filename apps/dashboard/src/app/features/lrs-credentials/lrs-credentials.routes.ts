import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { LrsCredentialsPage } from './pages/lrs-credentials/lrs-credentials.page';
import { LRS_CREDENTIALS_MESSAGES } from './lrs-credentials.messages';

export const LRS_CREDENTIALS_ROUTES: Routes = [
  {
    path: '',
    // A function, so that the title is read in the interface language once the texts are added.
    title: () => inject(Translator).t('lrsCredentials.documentTitle'),
    component: LrsCredentialsPage,
    providers: [provideMessages(SHARED_MESSAGES, LRS_CREDENTIALS_MESSAGES)],
  },
];
