import { type Routes } from '@angular/router';
import { BreakdownsPage } from './pages/breakdowns/breakdowns.page';

export const BREAKDOWNS_ROUTES: Routes = [
  { path: '', title: 'Breakdowns · Fita', component: BreakdownsPage },
];
