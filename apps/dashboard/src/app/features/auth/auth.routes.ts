import { type Routes } from '@angular/router';
import { LoginPage } from './pages/login/login.page';

export const AUTH_ROUTES: Routes = [{ path: '', title: 'Sign in · Fita', component: LoginPage }];
