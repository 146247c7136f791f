import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  JOB_ID,
  OTHER_SNAPSHOT_ID,
  SNAPSHOT_ID,
  aSnapshotJob,
  aSnapshotListItem,
  aSnapshotSession,
} from '../../../../../testing/snapshots-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { type UserRole } from '../../../../core/auth/auth-session.model';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { formatDateTime } from '../../../../shared/format/locale-format';
import { SNAPSHOT_JOB_POLL_MS } from '../../data/snapshot-job.tracker';
import { SNAPSHOTS_MESSAGES } from '../../snapshots.messages';
import { SnapshotsPage } from './snapshots.page';

const NOW_INSTANT = new Date('2024-06-15T12:00:00.000Z');
const THIRD_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

/** The older snapshot was corrected by OTHER; THIRD stands alone, approved. */
function aList() {
  return [
    aSnapshotListItem({
      id: OTHER_SNAPSHOT_ID,
      createdAt: '2021-03-01T08:05:00.000Z',
      cutoff: '2021-03-01T08:00:00.000Z',
      query: {
        from: '2020-01-01',
        to: '2020-12-31',
        programme: 'Cibernàrium',
        format: 'mooc',
        course: null,
        ageScheme: 'custom',
        ageBands: '16-24,25-54',
      },
      supersedes: { id: SNAPSHOT_ID, reason: 'Late LMS statements were missing.' },
    }),
    aSnapshotListItem({
      id: THIRD_ID,
      createdAt: '2021-02-01T08:05:00.000Z',
      approval: {
        by: { id: 'u-admin', email: 'admin@example.org' },
        at: '2021-02-02T10:00:00.000Z',
      },
    }),
    aSnapshotListItem({
      supersededBy: {
        id: OTHER_SNAPSHOT_ID,
        by: 'manager@example.org',
        at: '2021-03-01T08:05:00.000Z',
      },
    }),
  ];
}

describe('SnapshotsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  function configure(role: UserRole): void {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSnapshotSession(role)));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'snapshots', component: SnapshotsPage },
          { path: '**', children: [] },
        ]),
        provideMessages(SHARED_MESSAGES, SNAPSHOTS_MESSAGES),
        { provide: NOW, useValue: () => NOW_INSTANT },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
    jest.useRealTimers();
  });

  async function open(list = aList()): Promise<void> {
    harness = await RouterTestingHarness.create('/snapshots');
    backend.expectOne('/api/snapshots').flush(list);
    harness.detectChanges();
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

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement | HTMLSelectElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    input.dispatchEvent(new Event('blur'));
  }

  function submit(): void {
    byTestId<HTMLButtonElement>('new-snapshot-submit')!.click();
    harness.detectChanges();
  }

  function expectCreate(): TestRequest {
    return backend.expectOne({ method: 'POST', url: '/api/snapshots' });
  }

  function expectJob(): TestRequest {
    return backend.expectOne({ method: 'GET', url: `/api/snapshots/jobs/${JOB_ID}` });
  }

  describe('for a manager', () => {
    beforeEach(() => configure('manager'));

    it('lists each snapshot with its question, cut-off, creator and status', async () => {
      await open();

      const rows = root().querySelectorAll('tbody tr');
      expect(rows).toHaveLength(3);
      const corrected = byTestId(`snapshot-row-${OTHER_SNAPSHOT_ID}`)!;
      expect(text(corrected.querySelector('th'))).toBe('Snapshot 7d8e9f0a');
      expect(text(corrected)).toContain('Programme: Cibernàrium');
      expect(text(corrected)).toContain('Format: MOOC');
      expect(text(corrected)).toContain('Age bands: custom (16-24,25-54)');
      expect(text(corrected)).toContain(formatDateTime('2021-03-01T08:00:00.000Z'));
      expect(text(corrected)).toContain('Corrects snapshot 0b5e6c1a');
      expect(text(corrected)).toContain('Draft: not approved');

      expect(text(byTestId(`status-${THIRD_ID}`))).toBe(
        `Approved by admin@example.org on ${formatDateTime('2021-02-02T10:00:00.000Z')}`,
      );

      // The reason is kept with the correction; the list shows it on what it superseded.
      const superseded = byTestId(`status-${SNAPSHOT_ID}`)!;
      expect(text(superseded)).toContain(
        `Superseded by snapshot 7d8e9f0a (manager@example.org, ${formatDateTime('2021-03-01T08:05:00.000Z')})`,
      );
      expect(text(superseded)).toContain('Reason: Late LMS statements were missing.');
      expect(superseded.querySelector('a')!.getAttribute('href')).toBe(
        `/snapshots/${OTHER_SNAPSHOT_ID}`,
      );
    });

    it('says when there is no snapshot yet, and offers a retry when the list fails', async () => {
      harness = await RouterTestingHarness.create('/snapshots');
      backend
        .expectOne('/api/snapshots')
        .flush({ message: 'Database down.' }, { status: 503, statusText: 'Unavailable' });
      harness.detectChanges();

      expect(text(byTestId('snapshots-error'))).toContain(
        'The snapshots could not be loaded. Database down.',
      );
      byTestId('snapshots-error')!.querySelector('button')!.click();
      backend.expectOne('/api/snapshots').flush([]);
      harness.detectChanges();

      expect(text(byTestId('snapshots-empty'))).toBe('There is no snapshot yet.');
    });

    it('checks the form before sending: the period runs forwards, the cut-off is not in the future', async () => {
      await open();
      type('new-snapshot-from', '2021-01-01');
      type('new-snapshot-to', '2020-12-31');
      type('new-snapshot-cutoff', '2024-06-16T09:00');
      submit();

      backend.expectNone('/api/snapshots');
      expect(text(root().querySelector('#new-snapshot-to-error'))).toBe(
        'The last day must not be before the first day.',
      );
      expect(text(root().querySelector('#new-snapshot-cutoff-error'))).toContain(
        'The cut-off must not be in the future',
      );
      expect(byTestId('new-snapshot-to')!.getAttribute('aria-invalid')).toBe('true');
    });

    it('shows what the API refuses next to the field', async () => {
      await open();
      type('new-snapshot-programme', 'Nobody');
      submit();

      expectCreate().flush(
        {
          code: 'indicators.invalid_parameter',
          message: '"programme" must be given once and not be empty.',
          details: [{ field: 'programme', message: 'must be given once and not be empty' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      harness.detectChanges();

      expect(text(byTestId('new-snapshot-error'))).toBe(
        'The snapshot was not requested: check the fields marked below.',
      );
      expect(text(root().querySelector('#new-snapshot-programme-error'))).toBe(
        'The server says: must be given once and not be empty.',
      );
    });

    it('sends the question at the cut-off, follows the job step by step, then links to the snapshot', async () => {
      await open();
      jest.useFakeTimers();
      type('new-snapshot-format', 'masterclass');
      submit();

      const create = expectCreate();
      // The form starts at last year, with the cut-off at now.
      expect(create.request.body).toEqual({
        from: '2023-01-01',
        to: '2023-12-31',
        format: 'masterclass',
        ageScheme: 'esf2014',
        cutoff: NOW_INSTANT.toISOString(),
      });
      create.flush(
        { jobId: JOB_ID, snapshotId: SNAPSHOT_ID, status: `/api/snapshots/jobs/${JOB_ID}` },
        { status: 202, statusText: 'Accepted' },
      );
      expectJob().flush(aSnapshotJob({ state: 'waiting', progress: 0 }));
      harness.detectChanges();
      expect(text(byTestId('job-step'))).toBe('Step 1 of 4: waiting for the worker.');
      expect(byTestId<HTMLProgressElement>('job-bar')!.value).toBe(0);
      expect(root().querySelector('label[for^="snapshot-job-progress"]')).not.toBeNull();

      jest.advanceTimersByTime(SNAPSHOT_JOB_POLL_MS);
      expectJob().flush(aSnapshotJob({ progress: { stage: 'computing', processed: 1_500 } }));
      harness.detectChanges();
      expect(text(byTestId('job-step'))).toBe(
        'Step 3 of 4: computing every indicator at the cut-off.',
      );
      expect(byTestId<HTMLProgressElement>('job-bar')!.value).toBe(2);
      expect(text(byTestId('job'))).toContain('1,500 statements processed so far.');

      jest.advanceTimersByTime(SNAPSHOT_JOB_POLL_MS);
      expectJob().flush(aSnapshotJob({ state: 'completed', snapshotId: SNAPSHOT_ID }));
      // The new snapshot joins the list.
      backend.expectOne('/api/snapshots').flush(aList());
      harness.detectChanges();

      expect(text(byTestId('job-done'))).toBe('The snapshot is ready.');
      expect(byTestId('job-bar')).toBeNull();
      const link = byTestId('job-link')!;
      expect(text(link)).toBe('Open snapshot 0b5e6c1a');
      expect(link.getAttribute('href')).toBe(`/snapshots/${SNAPSHOT_ID}`);
      jest.advanceTimersByTime(SNAPSHOT_JOB_POLL_MS * 3);
      backend.expectNone(`/api/snapshots/jobs/${JOB_ID}`);
    });

    it('shows why the job failed, and stops polling', async () => {
      await open();
      jest.useFakeTimers();
      submit();
      expectCreate().flush(
        { jobId: JOB_ID, snapshotId: SNAPSHOT_ID, status: `/api/snapshots/jobs/${JOB_ID}` },
        { status: 202, statusText: 'Accepted' },
      );
      expectJob().flush(aSnapshotJob({ progress: { stage: 'refreshing', processed: 10 } }));
      jest.advanceTimersByTime(SNAPSHOT_JOB_POLL_MS);
      expectJob().flush(
        aSnapshotJob({ state: 'failed', error: 'The facts did not catch up with the cut-off.' }),
      );
      harness.detectChanges();

      expect(text(byTestId('job-failed'))).toBe(
        'The snapshot could not be created. The facts did not catch up with the cut-off.',
      );
      expect(byTestId('job-failed')!.closest('[role="alert"]')).not.toBeNull();
      expect(byTestId('job-link')).toBeNull();
      jest.advanceTimersByTime(SNAPSHOT_JOB_POLL_MS * 3);
      backend.expectNone(`/api/snapshots/jobs/${JOB_ID}`);
    });

    it('says when the progress cannot be checked, and checks again on request', async () => {
      await open();
      submit();
      expectCreate().flush(
        { jobId: JOB_ID, snapshotId: SNAPSHOT_ID, status: `/api/snapshots/jobs/${JOB_ID}` },
        { status: 202, statusText: 'Accepted' },
      );
      expectJob().flush(
        { message: 'Queue unreachable.' },
        { status: 503, statusText: 'Unavailable' },
      );
      harness.detectChanges();

      expect(text(byTestId('job-unchecked'))).toContain(
        'The progress of the snapshot could not be checked. Queue unreachable.',
      );
      byTestId('job-unchecked')!.querySelector('button')!.click();
      expectJob().flush(aSnapshotJob({ state: 'completed', snapshotId: SNAPSHOT_ID }));
      backend.expectOne('/api/snapshots').flush(aList());
      harness.detectChanges();

      expect(text(byTestId('job-done'))).toBe('The snapshot is ready.');
    });

    it('compares two ticked snapshots, the older as A', async () => {
      await open();
      const compareCount = () => text(byTestId('compare-count'));
      expect(compareCount()).toBe('0 of 2 snapshots selected.');

      byTestId<HTMLInputElement>(`select-${OTHER_SNAPSHOT_ID}`)!.click();
      harness.detectChanges();
      expect(byTestId('compare-link')).toBeNull();
      byTestId<HTMLInputElement>(`select-${SNAPSHOT_ID}`)!.click();
      harness.detectChanges();

      expect(compareCount()).toBe('2 of 2 snapshots selected.');
      // A third waits until one is unticked.
      expect(byTestId<HTMLInputElement>(`select-${THIRD_ID}`)!.disabled).toBe(true);
      const link = byTestId('compare-link')!;
      expect(decodeURIComponent(link.getAttribute('href')!)).toBe(
        `/snapshots/compare?a=${SNAPSHOT_ID}&b=${OTHER_SNAPSHOT_ID}`,
      );
      expect(byTestId(`select-${SNAPSHOT_ID}`)!.getAttribute('aria-label')).toBe(
        'Compare snapshot 0b5e6c1a',
      );

      byTestId<HTMLButtonElement>('clear-selection')!.click();
      harness.detectChanges();
      expect(compareCount()).toBe('0 of 2 snapshots selected.');
      expect(byTestId<HTMLInputElement>(`select-${SNAPSHOT_ID}`)!.checked).toBe(false);
    });
  });

  describe('for an auditor', () => {
    beforeEach(() => configure('auditor'));

    it('lists the snapshots without the form to create one', async () => {
      await open();

      expect(byTestId('create-snapshot')).toBeNull();
      expect(root().querySelectorAll('tbody tr')).toHaveLength(3);
      expect(root().querySelectorAll('h1')).toHaveLength(1);
    });
  });
});
