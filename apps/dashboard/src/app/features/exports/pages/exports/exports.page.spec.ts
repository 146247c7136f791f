import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  EXPORT_ID,
  EXPORT_SNAPSHOT_ID,
  OTHER_EXPORT_ID,
  aRunningExport,
  anExport,
} from '../../../../../testing/exports-fixtures';
import { aCatalogueCourse } from '../../../../../testing/figures-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import { aSnapshotSession } from '../../../../../testing/snapshots-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { type UserRole } from '../../../../core/auth/auth-session.model';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { FileSaverService } from '../../../../core/files/file-saver.service';
import { NOW } from '../../../../core/time/now.token';
import { formatDateTime } from '../../../../shared/format/locale-format';
import { EXPORTS_POLL_MS } from '../../data/exports-list.store';
import { EXPORTS_ROUTES } from '../../exports.routes';

describe('ExportsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let saved: { blob: Blob; filename: string }[];

  // The route's own catalogues, so that a text the page needs but the route lacks fails here.
  failOnMissingTexts();

  function configure(role: UserRole): void {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSnapshotSession(role)));
    saved = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'exports', children: EXPORTS_ROUTES },
          { path: '**', children: [] },
        ]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
        {
          provide: FileSaverService,
          useValue: { save: (blob: Blob, filename: string) => saved.push({ blob, filename }) },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
    sessionStorage.clear();
  });

  async function open(url = '/exports'): Promise<void> {
    harness = await RouterTestingHarness.create(url);
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function rows(): string[][] {
    return Array.from(byTestId('exports-table')?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  function flushList(list: unknown[]): void {
    backend.expectOne({ method: 'GET', url: '/api/exports' }).flush(list);
    harness.detectChanges();
  }

  describe('for a manager', () => {
    beforeEach(() => configure('manager'));

    it('lists the exports with what they cover, their status and their file', async () => {
      await open();
      backend.expectOne('/api/courses').flush([aCatalogueCourse()]);
      flushList([
        aRunningExport(0.45, 'writing', { requestedAt: '2024-06-15T11:00:00.000Z' }),
        anExport({
          request: {
            kind: 'manager',
            format: 'csv',
            table: 'breakdowns',
            query: { from: '2020-01-01', to: '2020-12-31', format: 'mooc' },
            language: 'ca',
          },
        }),
      ]);

      expect(TestBed.inject(Title).getTitle()).toBe('Exports · Fita');
      expect(text(root().querySelector('h1'))).toBe('Exports');
      expect(text(byTestId('exports-table')!.querySelector('caption'))).toBe(
        'Exports, newest first',
      );
      const headers = Array.from(byTestId('exports-table')!.querySelectorAll('thead th'), (th) =>
        text(th),
      );
      expect(headers).toEqual(['Export', 'Covers', 'Requested', 'Status', 'Size', 'File']);
      const [running, done] = rows();
      expect(running.slice(0, 3)).toEqual([
        'Manager workbook Excel workbook',
        '2020, labels in English',
        formatDateTime('2024-06-15T11:00:00.000Z'),
      ]);
      expect(running[3]).toBe('Being built Writing the file, 45.0% done');
      const bar = byTestId<HTMLProgressElement>(`export-progress-${OTHER_EXPORT_ID}`)!;
      expect(bar.value).toBe(0.45);
      expect(bar.max).toBe(1);
      expect(bar.getAttribute('aria-label')).toBe(
        `Progress of the export “Manager workbook” of ${formatDateTime('2024-06-15T11:00:00.000Z')}`,
      );
      expect(done.slice(0, 2)).toEqual([
        'Manager workbook CSV table: Breakdowns',
        '2020, MOOC courses, labels in Català',
      ]);
      expect(done[3]).toBe('Ready');
      expect(done[4]).toMatch(/^24[.,]6\s?kB$/);
      expect(byTestId(`download-${EXPORT_ID}`)!.getAttribute('aria-label')).toBe(
        'Download fita-manager-2020-01-01-2020-12-31-en.xlsx',
      );
      expect(text(byTestId(`export-expires-${EXPORT_ID}`))).toBe(
        `Kept until ${formatDateTime('2024-07-15T10:00:04.000Z')}, then deleted.`,
      );
      expect(byTestId(`export-expires-${OTHER_EXPORT_ID}`)).toBeNull();
      expect(text(byTestId('exports-following'))).toBe(
        'Exports being built: 1. The list updates by itself.',
      );
      expect(byTestId('exports-following')!.getAttribute('role')).toBe('status');
    });

    it('looks again every 2 s while an export is unfinished, and stops once all are done', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      jest.useFakeTimers();
      flushList([aRunningExport(0.1, 'reading the snapshot', { status: 'queued' })]);
      expect(text(byTestId(`export-status-${OTHER_EXPORT_ID}`))).toContain('Reading the figures');

      jest.advanceTimersByTime(EXPORTS_POLL_MS - 1);
      backend.expectNone('/api/exports');
      jest.advanceTimersByTime(1);
      flushList([aRunningExport(0.8, 'writing')]);
      expect(byTestId<HTMLProgressElement>(`export-progress-${OTHER_EXPORT_ID}`)!.value).toBe(0.8);

      jest.advanceTimersByTime(EXPORTS_POLL_MS);
      flushList([anExport({ id: OTHER_EXPORT_ID })]);
      expect(byTestId(`export-progress-${OTHER_EXPORT_ID}`)).toBeNull();
      expect(byTestId(`download-${OTHER_EXPORT_ID}`)).not.toBeNull();
      expect(text(byTestId('exports-following'))).toBe('');

      jest.advanceTimersByTime(EXPORTS_POLL_MS * 3);
      backend.expectNone('/api/exports');
    });

    it('keeps the list when a look fails, says so, and goes on looking', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      jest.useFakeTimers();
      flushList([aRunningExport(0.5, 'writing')]);
      jest.advanceTimersByTime(EXPORTS_POLL_MS);
      backend
        .expectOne('/api/exports')
        .flush({ message: 'Busy.' }, { status: 503, statusText: 'Unavailable' });
      harness.detectChanges();
      expect(rows()).toHaveLength(1);
      expect(text(byTestId('exports-refresh-failed'))).toBe(
        'The list could not be refreshed (Busy.); it will try again in a moment.',
      );
      jest.advanceTimersByTime(EXPORTS_POLL_MS);
      flushList([anExport({ id: OTHER_EXPORT_ID })]);
      expect(byTestId('exports-refresh-failed')).toBeNull();
    });

    it('says why a build failed, or that it will be tried again', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      flushList([
        aRunningExport(0, 'retrying', {
          status: 'queued',
          error: 'Connection reset.',
        }),
        anExport({ status: 'failed', error: 'No snapshot 0b5e.', byteSize: null, fileName: null }),
      ]);
      const [retrying, failed] = rows();
      expect(retrying[3]).toBe(
        'Waiting to start Waiting to try again, 0.0% done The last attempt failed (Connection reset.); it will be tried again.',
      );
      expect(failed[3]).toBe('Failed It could not be built: No snapshot 0b5e.');
      expect(byTestId(`download-${EXPORT_ID}`)).toBeNull();
    });

    it('downloads a finished file under the name the server gives', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      flushList([anExport()]);
      byTestId(`download-${EXPORT_ID}`)!.click();
      harness.detectChanges();
      expect(text(byTestId(`download-${EXPORT_ID}`))).toBe('Downloading…');
      backend.expectOne(`/api/exports/${EXPORT_ID}/file`).flush(new Blob(['bytes']), {
        headers: { 'Content-Disposition': 'attachment; filename="from-server.xlsx"' },
      });
      harness.detectChanges();
      expect(saved.map((file) => file.filename)).toEqual(['from-server.xlsx']);
      expect(text(byTestId(`download-${EXPORT_ID}`))).toBe('Download');
    });

    it('says so when a download fails', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      flushList([anExport()]);
      byTestId(`download-${EXPORT_ID}`)!.click();
      backend
        .expectOne(`/api/exports/${EXPORT_ID}/file`)
        .flush(new Blob([]), { status: 500, statusText: 'Server Error' });
      harness.detectChanges();
      const failure = byTestId('download-failed')!;
      expect(failure.closest('[role="alert"]')).not.toBeNull();
      expect(text(failure)).toBe(
        'fita-manager-2020-01-01-2020-12-31-en.xlsx could not be downloaded. The server answered with an error (HTTP 500).',
      );
      expect(saved).toEqual([]);
    });

    it('asks for the manager workbook of the filters in the URL, and follows it in the list', async () => {
      await open('/exports?from=2021-01-01&to=2021-12-31&format=mooc');
      backend.expectOne('/api/courses').flush([aCatalogueCourse()]);
      flushList([]);
      expect(text(byTestId('exports-empty'))).toBe('No exports yet.');
      expect(text(byTestId('manager-export-lead'))).toBe(
        'The current figures for 2021, MOOC courses: overview, trends, breakdowns and courses, in a spreadsheet.',
      );
      expect(byTestId<HTMLSelectElement>('format-select')!.value).toBe('mooc');

      byTestId('export-submit')!.click();
      harness.detectChanges();
      const request = backend.expectOne({ method: 'POST', url: '/api/exports' });
      expect(request.request.body).toEqual({
        kind: 'manager',
        format: 'xlsx',
        language: 'en',
        query: { from: '2021-01-01', to: '2021-12-31', format: 'mooc' },
      });
      expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
      request.flush({ id: EXPORT_ID }, { status: 202, statusText: 'Accepted' });
      harness.detectChanges();

      flushList([aRunningExport(0, 'starting', { id: EXPORT_ID, status: 'queued' })]);
      expect(rows()).toHaveLength(1);
      expect(text(byTestId('export-accepted'))).toContain('The file is being built.');
    });

    it('waits as long as a busy API asks and looks again, however long the first load takes', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      jest.useFakeTimers();
      backend
        .expectOne('/api/exports')
        .flush(
          { message: 'Database unavailable.' },
          { status: 503, statusText: 'Unavailable', headers: { 'Retry-After': '5' } },
        );
      harness.detectChanges();
      expect(byTestId('exports-error')).toBeNull();
      expect(text()).toContain('Loading…');
      expect(text(byTestId('exports-refresh-failed'))).toBe(
        'The list could not be refreshed (Database unavailable.); it will try again in a moment.',
      );
      jest.advanceTimersByTime(4_999);
      backend.expectNone('/api/exports');
      jest.advanceTimersByTime(1);
      flushList([anExport()]);
      expect(rows()).toHaveLength(1);
      expect(byTestId('exports-refresh-failed')).toBeNull();
    });

    it('shows the error with a retry when the list cannot be loaded', async () => {
      await open();
      backend.expectOne('/api/courses').flush([]);
      backend
        .expectOne('/api/exports')
        .flush({ message: 'Internal error.' }, { status: 500, statusText: 'Server Error' });
      harness.detectChanges();
      const alert = byTestId('exports-error')!;
      expect(text(alert)).toContain('The exports could not be loaded. Internal error.');
      alert.querySelector('button')!.click();
      harness.detectChanges();
      expect(text()).toContain('Loading…');
      flushList([anExport()]);
      expect(rows()).toHaveLength(1);
    });
  });

  it('shows admins whose each export is, and links a snapshot', async () => {
    configure('admin');
    await open();
    backend.expectOne('/api/courses').flush([]);
    flushList([
      anExport({
        request: { kind: 'erdf', format: 'xlsx', snapshotId: EXPORT_SNAPSHOT_ID, language: 'es' },
        requestedBy: { id: 'u-2', email: 'marta@example.org' },
      }),
    ]);
    expect(text(root().querySelector('#export-list-title'))).toBe('All exports');
    const [row] = rows();
    expect(row[1]).toBe('Snapshot 0b5e6c1a labels in Español');
    expect(row[3]).toBe('marta@example.org');
    expect(byTestId(`export-snapshot-${EXPORT_ID}`)!.getAttribute('href')).toBe(
      `/snapshots/${EXPORT_SNAPSHOT_ID}`,
    );
  });

  it('gives communications the list alone, without figures to export or snapshots to open', async () => {
    configure('communications');
    await open();
    flushList([
      anExport({
        request: {
          kind: 'publication',
          format: 'xlsx',
          snapshotId: EXPORT_SNAPSHOT_ID,
          language: 'ca',
        },
      }),
    ]);
    expect(byTestId('manager-export')).toBeNull();
    expect(text(root().querySelector('#export-list-title'))).toBe('Your exports');
    expect(rows()[0][1]).toBe('Snapshot 0b5e6c1a labels in Català');
    expect(byTestId(`export-snapshot-${EXPORT_ID}`)).toBeNull();
    backend.expectNone('/api/courses');
  });
});
