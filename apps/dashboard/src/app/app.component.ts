import { ChangeDetectionStrategy, Component, type ElementRef, viewChild } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from './core/i18n/translate.pipe';
import { AppHeaderComponent } from './core/layout/app-header.component';

@Component({
  selector: 'fita-root',
  imports: [RouterOutlet, AppHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Focused by script: with <base href="/">, a bare #fragment link would navigate to "/". -->
    <a class="skip-link" href="#main-content" (click)="skipToMain($event)">{{
      'app.skipToMain' | t
    }}</a>
    <fita-app-header />
    <main #main id="main-content" class="page" tabindex="-1">
      <router-outlet />
    </main>
  `,
})
export class AppComponent {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
