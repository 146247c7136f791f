import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { OPERATION_ID, aSessionAs } from '../../../testing/operations-fixtures';
import { APP_ROUTES } from '../../app.routes';
import { type UserRole } from '../../core/auth/auth-session.model';
import { SESSION_STORAGE_KEY } from '../../core/auth/auth.service';
import { NOW } from '../../core/time/now.token';

/** Where the app's real routes take `role` from `url`, and the page's title there. */
async function navigate(url: string, role: UserRole): Promise<{ url: string; title: string }> {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSessionAs(role)));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(APP_ROUTES),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  await RouterTestingHarness.create(url);
  return { url: TestBed.inject(Router).url, title: TestBed.inject(Title).getTitle() };
}

describe('operations routes', () => {
  afterEach(() => {
    // The pages ask for their data; what they get is not the point here.
    TestBed.inject(HttpTestingController).match(() => true);
    sessionStorage.clear();
  });

  it.each<UserRole>(['admin', 'manager', 'auditor'])(
    'open the funding pages to the %s role, titled in the interface language',
    async (role) => {
      expect(await navigate('/operations', role)).toEqual({
        url: '/operations',
        title: 'Funding · Fita',
      });
    },
  );

  it.each<UserRole>(['admin', 'manager'])(
    'take the %s role from the old admin address of the list to the funding page',
    async (role) => {
      expect((await navigate('/admin/operations', role)).url).toBe('/operations');
    },
  );

  it.each<UserRole>(['admin', 'auditor'])(
    'take the %s role from the old admin address of an operation to its page',
    async (role) => {
      expect(await navigate(`/admin/operations/${OPERATION_ID}`, role)).toEqual({
        url: `/operations/${OPERATION_ID}`,
        title: 'Operation · Fita',
      });
    },
  );
});
