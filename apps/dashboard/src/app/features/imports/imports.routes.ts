import { type Routes } from '@angular/router';
import { ImportsPage } from './pages/imports/imports.page';

export const IMPORTS_ROUTES: Routes = [
  { path: '', title: 'Imports · Fita', component: ImportsPage },
];
