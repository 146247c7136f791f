import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aSession, anAdminSession } from '../../../testing/api-fixtures';
import { type AuthSession } from '../auth/auth-session.model';
import { SESSION_STORAGE_KEY } from '../auth/auth.service';
import { NOW } from '../time/now.token';
import { AppHeaderComponent } from './app-header.component';

function navLinks(session: AuthSession): string[] {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideRouter([]),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  const fixture = TestBed.createComponent(AppHeaderComponent);
  fixture.detectChanges();
  const links = (fixture.nativeElement as HTMLElement).querySelectorAll('nav a');
  return Array.from(links, (link) => `${link.textContent?.trim()} ${link.getAttribute('href')}`);
}

describe('AppHeaderComponent', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the admin pages to admins', () => {
    expect(navLinks(anAdminSession())).toEqual([
      'Overview /',
      'Imports /admin/imports',
      'Operations /admin/operations',
    ]);
  });

  it('shows only the overview to other roles', () => {
    expect(navLinks(aSession())).toEqual(['Overview /']);
  });
});
