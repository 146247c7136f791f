import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { anLrsCredential } from '../../../testing/users-fixtures';
import { LrsCredentialsService } from './lrs-credentials.service';

describe('LrsCredentialsService', () => {
  let service: LrsCredentialsService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(LrsCredentialsService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists the credentials', () => {
    let answer: unknown;
    service.list().subscribe((credentials) => (answer = credentials));
    backend
      .expectOne({ method: 'GET', url: '/api/admin/lrs-credentials' })
      .flush([anLrsCredential()]);
    expect(answer).toEqual([anLrsCredential()]);
  });

  it('creates a credential and hands back its secret', () => {
    let answer: unknown;
    const body = { name: 'Moodle', scopes: ['statements/write'] as const };
    service.create(body).subscribe((created) => (answer = created));
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/lrs-credentials' });
    expect(request.request.body).toEqual(body);
    request.flush({ key: 'fita-abc', secret: 's3cret' });
    expect(answer).toEqual({ key: 'fita-abc', secret: 's3cret' });
  });

  it('revokes a credential by its key, kept in one path segment', () => {
    let answer: unknown;
    service.revoke('fita.key~1').subscribe((revoked) => (answer = revoked));
    const revoked = anLrsCredential({ key: 'fita.key~1', revokedAt: '2024-06-15T12:00:00.000Z' });
    backend
      .expectOne({ method: 'DELETE', url: '/api/admin/lrs-credentials/fita.key~1' })
      .flush(revoked);
    expect(answer).toEqual(revoked);
  });
});
