import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  JOB_ID,
  OTHER_SNAPSHOT_ID,
  SNAPSHOT_ID,
  aComparison,
  aSnapshotJob,
  aSnapshotSummary,
  anEvidencePage,
} from '../../../testing/snapshots-fixtures';
import { SnapshotsService } from './snapshots.service';

describe('SnapshotsService', () => {
  let service: SnapshotsService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(SnapshotsService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for a snapshot with the body as given, and answers the job to follow', () => {
    let accepted: unknown;
    const body = { from: '2020-01-01', to: '2020-12-31', cutoff: '2021-01-15T09:30:00.000Z' };
    service.create(body).subscribe((answer) => (accepted = answer));

    const request = backend.expectOne({ method: 'POST', url: '/api/snapshots' });
    expect(request.request.body).toEqual(body);
    const answer = {
      jobId: JOB_ID,
      snapshotId: SNAPSHOT_ID,
      status: `/api/snapshots/jobs/${JOB_ID}`,
    };
    request.flush(answer, { status: 202, statusText: 'Accepted' });
    expect(accepted).toEqual(answer);
  });

  it('follows a job by its id', () => {
    service.job(JOB_ID).subscribe();
    backend
      .expectOne({ method: 'GET', url: `/api/snapshots/jobs/${JOB_ID}` })
      .flush(aSnapshotJob());
  });

  it('lists, reads, approves and verifies snapshots by id', () => {
    service.list().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/snapshots' }).flush([]);
    service.get(SNAPSHOT_ID).subscribe();
    backend.expectOne({ method: 'GET', url: `/api/snapshots/${SNAPSHOT_ID}` }).flush({});
    service.approve(SNAPSHOT_ID).subscribe();
    backend
      .expectOne({ method: 'POST', url: `/api/snapshots/${SNAPSHOT_ID}/approve` })
      .flush(aSnapshotSummary());
    service.verify(SNAPSHOT_ID).subscribe();
    backend.expectOne({ method: 'POST', url: `/api/snapshots/${SNAPSHOT_ID}/verify` }).flush({});
  });

  it('compares a with b', () => {
    service.compare(SNAPSHOT_ID, OTHER_SNAPSHOT_ID).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/snapshots/compare');
    expect(request.request.params.get('a')).toBe(SNAPSHOT_ID);
    expect(request.request.params.get('b')).toBe(OTHER_SNAPSHOT_ID);
    request.flush(aComparison());
  });

  it('asks for one page of the evidence of a value', () => {
    service
      .evidence(SNAPSHOT_ID, {
        value: 'breakdowns.users.residence.Sant Martí',
        page: 3,
        pageSize: 50,
      })
      .subscribe();
    const request = backend.expectOne((r) => r.url === `/api/snapshots/${SNAPSHOT_ID}/evidence`);
    expect(request.request.params.get('value')).toBe('breakdowns.users.residence.Sant Martí');
    expect(request.request.params.get('page')).toBe('3');
    expect(request.request.params.get('pageSize')).toBe('50');
    request.flush(anEvidencePage());
  });
});
