import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { Translator } from '../../core/i18n/translator';
import { AUDIT_MESSAGES } from './audit.messages';
import { AuditPage } from './pages/audit/audit.page';

export const AUDIT_ROUTES: Routes = [
  {
    path: '',
    // A function, so that the title is read in the interface language once the texts are added.
    title: () => inject(Translator).t('audit.documentTitle'),
    component: AuditPage,
    providers: [provideMessages(AUDIT_MESSAGES)],
  },
];
