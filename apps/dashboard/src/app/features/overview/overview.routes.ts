import { type Routes } from '@angular/router';
import { OverviewPage } from './pages/overview/overview.page';

export const OVERVIEW_ROUTES: Routes = [
  { path: '', title: 'Overview · Fita', component: OverviewPage },
];
