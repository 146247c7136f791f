import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { textOf } from '../../core/i18n/translator';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { EXPORTS_MESSAGES } from '../exports/exports.messages';
import { PublicationPage } from './pages/publication/publication.page';
import { PUBLICATION_MESSAGES } from './publication.messages';

export const PUBLICATION_ROUTES: Routes = [
  {
    path: '',
    title: textOf(PUBLICATION_MESSAGES, 'publication.pageTitle'),
    component: PublicationPage,
    // EXPORTS_MESSAGES: the texts of the publication export control.
    providers: [provideMessages(SHARED_MESSAGES, PUBLICATION_MESSAGES, EXPORTS_MESSAGES)],
  },
];
