import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { type IsActiveMatchOptions, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filterLinkParams } from '../../shared/filters/filter-params';
import { mayOpen } from '../auth/page-access';
import { AuthService } from '../auth/auth.service';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, switchLanguage } from '../i18n/language';
import { TranslatePipe } from '../i18n/translate.pipe';
import { Translator } from '../i18n/translator';
import { NAVIGATION } from './navigation';

@Component({
  selector: 'fita-app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-header.component.html',
  styleUrl: './app-header.component.css',
})
export class AppHeaderComponent {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly language = inject(Translator).language;
  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));

  /** The pages this user's role may open; the API refuses the rest anyway. */
  protected readonly pages = computed(() => {
    const role = this.auth.user()?.role;
    return NAVIGATION.filter((page) => mayOpen(role, page.area));
  });
  // The router's own signal rather than its events: no RxJS interop in the initial bundle.
  protected readonly filterParams = computed(() =>
    filterLinkParams(this.router.lastSuccessfulNavigation()?.finalUrl?.queryParams ?? {}),
  );
  /** Active on the page and below it (a course's page), whatever its filters. */
  protected readonly belowActive: IsActiveMatchOptions = {
    paths: 'subset',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };
  protected readonly exactActive: IsActiveMatchOptions = { ...this.belowActive, paths: 'exact' };

  protected chooseLanguage(value: string): void {
    if (isLanguage(value) && value !== this.language) switchLanguage(value);
  }

  protected logout(): void {
    this.auth.logout();
    void this.router.navigateByUrl('/login');
  }
}
