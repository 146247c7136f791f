import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
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

  const readerPages = [
    'Overview /',
    'Trends /trends',
    'Breakdowns /breakdowns',
    'Courses /courses',
    'Funding /operations',
    'Snapshots /snapshots',
    'Publication /publication',
    'Data quality /quality',
    'Exports /exports',
  ];

  it('shows every page, administration included, to admins', () => {
    expect(navLinks(anAdminSession())).toEqual([...readerPages, 'Administration /admin']);
  });

  it('shows every page but administration to managers and auditors', () => {
    expect(navLinks(aSession())).toEqual(readerPages);
    TestBed.resetTestingModule();
    expect(navLinks(aSession({ user: { email: 'au@example.org', role: 'auditor' } }))).toEqual(
      readerPages,
    );
  });

  it('shows communications staff publication figures and their exports only: the API refuses them live figures', () => {
    expect(
      navLinks(aSession({ user: { email: 'press@example.org', role: 'communications' } })),
    ).toEqual(['Publication /publication', 'Exports /exports']);
  });

  it('carries the filters of the page, and only them, to the other figure pages', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideRouter([{ path: '**', children: [] }]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    const fixture = TestBed.createComponent(AppHeaderComponent);
    await TestBed.inject(Router).navigateByUrl(
      '/trends?from=2020-01-01&to=2020-12-31&programme=Digital&view=yoy',
    );
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();

    const link = (fixture.nativeElement as HTMLElement).querySelector('a[href^="/breakdowns"]');
    expect(link?.getAttribute('href')).toBe(
      '/breakdowns?from=2020-01-01&to=2020-12-31&programme=Digital',
    );
    const current = (fixture.nativeElement as HTMLElement).querySelector('[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('Trends');
  });

  it('shows the page language as chosen, with each language named in itself', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideRouter([]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    const fixture = TestBed.createComponent(AppHeaderComponent);
    fixture.detectChanges();
    const select = (fixture.nativeElement as HTMLElement).querySelector('select');
    expect(select?.value).toBe('en');
    expect(
      Array.from(select?.options ?? [], (option) => `${option.lang}:${option.text.trim()}`),
    ).toEqual(['ca:Català', 'es:Español', 'en:English']);
  });
});
