import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LRS_CREDENTIALS_ROUTES } from './lrs-credentials.routes';

describe('LRS_CREDENTIALS_ROUTES', () => {
  it('brings its own texts and titles the page in the interface language', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/lrs-credentials', children: LRS_CREDENTIALS_ROUTES }]),
      ],
    });
    const harness = await RouterTestingHarness.create('/admin/lrs-credentials');
    TestBed.inject(HttpTestingController).expectOne('/api/admin/lrs-credentials').flush([]);
    harness.detectChanges();

    expect(TestBed.inject(Title).getTitle()).toBe('LRS credentials · Fita');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe(
      'LRS credentials',
    );
  });
});
