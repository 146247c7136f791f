import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EXPORT_ID, anExport } from '../../../testing/exports-fixtures';
import { type DownloadedFile, ExportsService } from './exports.service';

describe('ExportsService', () => {
  let service: ExportsService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(ExportsService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for an export with the request as given, and answers its id', () => {
    let accepted: unknown;
    const body = {
      kind: 'manager',
      format: 'csv',
      table: 'overview',
      query: { from: '2020-01-01', to: '2020-12-31' },
      language: 'ca',
    } as const;
    service.create(body).subscribe((answer) => (accepted = answer));

    const request = backend.expectOne({ method: 'POST', url: '/api/exports' });
    expect(request.request.body).toEqual(body);
    request.flush({ id: EXPORT_ID }, { status: 202, statusText: 'Accepted' });
    expect(accepted).toEqual({ id: EXPORT_ID });
  });

  it('lists the exports and reads one by id', () => {
    let listed: unknown;
    service.list().subscribe((list) => (listed = list));
    backend.expectOne({ method: 'GET', url: '/api/exports' }).flush([anExport()]);
    expect(listed).toEqual([anExport()]);
    service.get(EXPORT_ID).subscribe();
    backend.expectOne({ method: 'GET', url: `/api/exports/${EXPORT_ID}` }).flush(anExport());
  });

  it('downloads a file as a blob named by the server', () => {
    let file: DownloadedFile | undefined;
    service.download(EXPORT_ID).subscribe((downloaded) => (file = downloaded));
    const request = backend.expectOne({ method: 'GET', url: `/api/exports/${EXPORT_ID}/file` });
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['xlsx bytes']), {
      headers: {
        'Content-Disposition':
          'attachment; filename="fita-manager.xlsx"; filename*=UTF-8\'\'fita-manager-%C3%A0.xlsx',
      },
    });
    expect(file?.filename).toBe('fita-manager-à.xlsx');
    expect(file?.blob.size).toBe(10);
  });
});
