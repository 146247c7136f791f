import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { anAuditPage } from '../../../testing/audit-fixtures';
import { NO_AUDIT_FILTERS } from './audit.model';
import { AuditService } from './audit.service';

describe('AuditService', () => {
  let service: AuditService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(AuditService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for one page, leaving out the filters that are empty', () => {
    let answer: unknown;
    service.page(NO_AUDIT_FILTERS, 1, 50).subscribe((page) => (answer = page));
    backend
      .expectOne({ method: 'GET', url: '/api/admin/audit?page=1&pageSize=50' })
      .flush(anAuditPage());
    expect(answer).toEqual(anAuditPage());
  });

  it('sends every filter that is set, trimmed', () => {
    service
      .page(
        {
          from: '2024-06-01',
          to: '2024-06-30',
          action: 'evidence.view',
          user: ' ana@example.org ',
        },
        3,
        25,
      )
      .subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/admin/audit');
    expect(request.request.params.toString()).toBe(
      'page=3&pageSize=25&from=2024-06-01&to=2024-06-30&action=evidence.view&user=ana@example.org',
    );
    request.flush(anAuditPage());
  });
});
