import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { UsersPage } from './pages/users/users.page';
import { USERS_MESSAGES } from './users.messages';

export const USERS_ROUTES: Routes = [
  {
    path: '',
    // A function, so that the title is read in the interface language once the texts are added.
    title: () => inject(Translator).t('users.documentTitle'),
    component: UsersPage,
    providers: [provideMessages(SHARED_MESSAGES, USERS_MESSAGES)],
  },
];
