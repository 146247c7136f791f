import { type Routes } from '@angular/router';
import { TrendsPage } from './pages/trends/trends.page';

export const TRENDS_ROUTES: Routes = [{ path: '', title: 'Trends · Fita', component: TrendsPage }];
