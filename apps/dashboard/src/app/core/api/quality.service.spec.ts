import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aQualityReport } from '../../../testing/quality-fixtures';
import { type QualityReport } from './quality.model';
import { QualityService } from './quality.service';

describe('QualityService', () => {
  let service: QualityService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(QualityService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the data quality report', () => {
    let answer: QualityReport | undefined;
    service.report().subscribe((report) => (answer = report));

    const request = backend.expectOne({ method: 'GET', url: '/api/quality' });
    expect(request.request.headers.get('Cache-Control')).toBe('max-stale=600');
    request.flush(aQualityReport());
    expect(answer?.statements.received).toBe(48_210);
    expect(answer?.uncatalogued.activities).toHaveLength(2);
  });
});
