import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSessionAs } from '../../../testing/operations-fixtures';
import { APP_ROUTES } from '../../app.routes';
import { type UserRole } from '../../core/auth/auth-session.model';
import { SESSION_STORAGE_KEY } from '../../core/auth/auth.service';
import { NOW } from '../../core/time/now.token';

/** Where the app's real routes take `role` from the privacy requests page. */
async function open(role: UserRole): Promise<RouterTestingHarness> {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSessionAs(role)));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(APP_ROUTES),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  return RouterTestingHarness.create('/admin/privacy');
}

describe('privacy routes', () => {
  afterEach(() => {
    // Pages other roles land on ask for their data; what they get is not the point here.
    TestBed.inject(HttpTestingController).match(() => true);
    sessionStorage.clear();
  });

  it('open the privacy requests to admins, with their own texts and title', async () => {
    const harness = await open('admin');
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'GET', url: '/api/admin/privacy/requests' })
      .flush([]);
    harness.detectChanges();

    expect(TestBed.inject(Router).url).toBe('/admin/privacy');
    expect(TestBed.inject(Title).getTitle()).toBe('Privacy requests · Fita');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe(
      'Privacy requests',
    );
  });

  it.each<[UserRole, string]>([
    ['manager', '/'],
    ['auditor', '/'],
    ['communications', '/publication'],
  ])(
    'send the %s role to its own home page, without asking for the requests',
    async (role, home) => {
      await open(role);
      expect(TestBed.inject(Router).url).toBe(home);
      TestBed.inject(HttpTestingController).expectNone('/api/admin/privacy/requests');
    },
  );
});
