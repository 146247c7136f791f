import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { roleGuard } from '../../core/auth/role.guard';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { PrivacyRequestsPage } from './pages/privacy-requests/privacy-requests.page';
import { PRIVACY_MESSAGES } from './privacy.messages';

export const PRIVACY_ROUTES: Routes = [
  {
    path: '',
    // Admins only, like the whole admin area; said here too, as the requests concern persons.
    canActivate: [roleGuard('privacy')],
    // A function, so that the title is read in the interface language once the texts are added.
    title: () => inject(Translator).t('privacy.documentTitle'),
    component: PrivacyRequestsPage,
    providers: [provideMessages(SHARED_MESSAGES, PRIVACY_MESSAGES)],
  },
];
