import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The admin pages, one header entry between them: a second row of links keeps the header short. */
const ADMIN_PAGES = [
  { path: '/admin/imports', label: 'nav.imports' },
  { path: '/admin/users', label: 'nav.users' },
  { path: '/admin/lrs-credentials', label: 'nav.lrsCredentials' },
  { path: '/admin/audit', label: 'nav.audit' },
  { path: '/admin/privacy', label: 'nav.privacy' },
] as const;

@Component({
  selector: 'fita-admin-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="admin-nav" [attr.aria-label]="'nav.admin' | t">
      @for (page of pages; track page.path) {
        <a [routerLink]="page.path" routerLinkActive="is-active" ariaCurrentWhenActive="page">
          {{ page.label | t }}
        </a>
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    .admin-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin-bottom: 1.5rem;
      border-bottom: 1px solid var(--color-border);
    }
    .admin-nav a {
      padding: 0.5rem 0;
      color: var(--color-primary);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
    }
    .admin-nav a:hover,
    .admin-nav a.is-active {
      border-bottom-color: currentColor;
    }
    .admin-nav a.is-active {
      color: var(--color-text);
      font-weight: 600;
    }
  `,
})
export class AdminLayoutComponent {
  protected readonly pages = ADMIN_PAGES;
}
