import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { anAuditPage } from '../../../testing/audit-fixtures';
import { AUDIT_ROUTES } from './audit.routes';

describe('AUDIT_ROUTES', () => {
  it('brings its own texts and titles the page in the interface language', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/audit', children: AUDIT_ROUTES }]),
      ],
    });
    const harness = await RouterTestingHarness.create('/admin/audit');
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/admin/audit?page=1&pageSize=50').flush(anAuditPage());
    backend.expectOne('/api/admin/users').flush([]);
    harness.detectChanges();

    expect(TestBed.inject(Title).getTitle()).toBe('Audit log · Fita');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Audit log');
  });
});
