import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { USERS_ROUTES } from './users.routes';

describe('USERS_ROUTES', () => {
  it('brings its own texts and titles the page in the interface language', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/users', children: USERS_ROUTES }]),
      ],
    });
    const harness = await RouterTestingHarness.create('/admin/users');
    TestBed.inject(HttpTestingController).expectOne('/api/admin/users').flush([]);
    harness.detectChanges();

    expect(TestBed.inject(Title).getTitle()).toBe('Users · Fita');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Users');
  });
});
