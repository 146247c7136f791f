import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { textOf } from '../../core/i18n/translator';
import { AUTH_MESSAGES } from './auth.messages';
import { LoginPage } from './pages/login/login.page';

export const AUTH_ROUTES: Routes = [
  {
    path: '',
    title: textOf(AUTH_MESSAGES, 'auth.pageTitle'),
    component: LoginPage,
    providers: [provideMessages(AUTH_MESSAGES)],
  },
];
