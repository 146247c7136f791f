import { type Routes } from '@angular/router';
import { OperationDetailPage } from './pages/operation-detail/operation-detail.page';
import { OperationsPage } from './pages/operations/operations.page';

export const OPERATIONS_ROUTES: Routes = [
  { path: '', title: 'Operations · Fita', component: OperationsPage },
  { path: ':id', title: 'Operation · Fita', component: OperationDetailPage },
];
