import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aPrivacyRequest } from '../../../testing/privacy-fixtures';
import { PrivacyService } from './privacy.service';

describe('PrivacyService', () => {
  let service: PrivacyService;
  let backend: HttpTestingController;
  const request = aPrivacyRequest();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(PrivacyService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists the requests', () => {
    let answer: unknown;
    service.list().subscribe((requests) => (answer = requests));
    backend.expectOne({ method: 'GET', url: '/api/admin/privacy/requests' }).flush([request]);
    expect(answer).toEqual([request]);
  });

  it('records a request with the person named one way', () => {
    const body = { kind: 'erasure', reference: 'DSR-1', email: 'ana@example.org' } as const;
    service.record(body).subscribe();
    const sent = backend.expectOne({ method: 'POST', url: '/api/admin/privacy/requests' });
    expect(sent.request.body).toEqual(body);
    sent.flush(request);
  });

  it('lifts a restriction by its id', () => {
    service.lift(request.id).subscribe();
    backend
      .expectOne({ method: 'POST', url: `/api/admin/privacy/requests/${request.id}/lift` })
      .flush(request);
  });
});
