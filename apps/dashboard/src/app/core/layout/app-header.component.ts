import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { type IsActiveMatchOptions, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filterLinkParams } from '../../shared/filters/filter-params';
import { AuthService } from '../auth/auth.service';

/** The pages that answer one question with the shared filters. */
const FIGURE_PAGES = [
  { path: '/trends', label: 'Trends' },
  { path: '/breakdowns', label: 'Breakdowns' },
  { path: '/courses', label: 'Courses' },
] as const;

@Component({
  selector: 'fita-app-header',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-header.component.html',
  styleUrl: './app-header.component.css',
})
export class AppHeaderComponent {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly figurePages = FIGURE_PAGES;

  /** Communications staff read published snapshots only; the API refuses them live figures. */
  protected readonly canReadFigures = computed(() => {
    const role = this.auth.user()?.role;
    return role !== undefined && role !== 'communications';
  });
  // The router's own signal rather than its events: no RxJS interop in the initial bundle.
  protected readonly filterParams = computed(() =>
    filterLinkParams(this.router.lastSuccessfulNavigation()?.finalUrl?.queryParams ?? {}),
  );
  /** Active on the page and below it (a course's page), whatever its filters. */
  protected readonly figureLinkActive: IsActiveMatchOptions = {
    paths: 'subset',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };

  protected logout(): void {
    this.auth.logout();
    void this.router.navigateByUrl('/login');
  }
}
