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
  aSnapshot,
  aSnapshotJob,
  aSnapshotSession,
  aSnapshotSummary,
  aVerification,
} from '../../../../../testing/snapshots-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { type UserRole } from '../../../../core/auth/auth-session.model';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { formatCount, formatDateTime } from '../../../../shared/format/locale-format';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { EXPORTS_MESSAGES } from '../../../exports/exports.messages';
import { SNAPSHOTS_MESSAGES } from '../../snapshots.messages';
import { SnapshotDetailPage } from './snapshot-detail.page';

const URL = `/snapshots/${SNAPSHOT_ID}`;
const APPROVAL = {
  by: { id: 'u-admin', email: 'admin@example.org' },
  at: '2021-01-16T10:00:00.000Z',
};

describe('SnapshotDetailPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  function configure(role: UserRole, email?: string): void {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSnapshotSession(role, email)));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'snapshots/:id', component: SnapshotDetailPage },
          { path: '**', children: [] },
        ]),
        provideMessages(SHARED_MESSAGES, SNAPSHOTS_MESSAGES, EXPORTS_MESSAGES),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  async function open(snapshot = aSnapshot()): Promise<void> {
    harness = await RouterTestingHarness.create(URL);
    expectSnapshot().flush(snapshot);
    harness.detectChanges();
  }

  function expectSnapshot(id = SNAPSHOT_ID): TestRequest {
    return backend.expectOne({ method: 'GET', url: `/api/snapshots/${id}` });
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

  function cells(row: Element): string[] {
    return Array.from(row.querySelectorAll('th, td'), (cell) => text(cell));
  }

  function click(id: string): void {
    byTestId(id)!.click();
    harness.detectChanges();
  }

  describe('for a manager', () => {
    beforeEach(() => configure('manager', 'ana@example.org'));

    it('identifies the snapshot and its provenance, and shows the frozen figures as tables', async () => {
      await open();

      expect(text(byTestId('snapshot-title'))).toBe('Snapshot 0b5e6c1a');
      const provenance = byTestId('provenance')!;
      expect(text(provenance)).toContain(SNAPSHOT_ID);
      expect(text(provenance)).toContain('Every course');
      expect(text(byTestId('fact-cutoff'))).toBe(formatDateTime('2021-01-15T09:30:00.000Z'));
      expect(text(byTestId('fact-statements'))).toBe(formatCount(48_210));
      expect(text(byTestId('fact-fingerprint'))).toBe('cd'.repeat(32));
      expect(text(provenance)).toContain('manager@example.org');
      expect(text(provenance)).toContain('Draft: not approved');

      expect(text(byTestId('value-users'))).toBe('12');
      expect(text(byTestId('value-completionRate'))).toBe('50.0%');
      const bySex = byTestId('breakdown-users-sex')!;
      expect(text(bySex.querySelector('caption'))).toBe('Users by sex');
      expect(text(byTestId('value-breakdowns.users.sex.woman'))).toBe('7');
      expect(bySex.querySelectorAll('th[scope="row"]')).toHaveLength(4);
      // Evidence is for auditors and admins.
      expect(root().querySelector('a[href*="/evidence"]')).toBeNull();
    });

    it('approves, and shows who approved it', async () => {
      await open();
      expect(byTestId('approve-own')).toBeNull();
      click('approve');
      backend
        .expectOne({ method: 'POST', url: `/api/snapshots/${SNAPSHOT_ID}/approve` })
        .flush(aSnapshotSummary({ approval: APPROVAL }));
      harness.detectChanges();

      expect(text(byTestId('approve-done'))).toBe('Snapshot approved.');
      expect(byTestId('approve')).toBeNull();
      expect(text(byTestId('provenance'))).toContain(
        `Approved by admin@example.org on ${formatDateTime(APPROVAL.at)}`,
      );
    });

    it('will not supersede without a reason', async () => {
      await open();
      click('supersede-open');
      byTestId<HTMLButtonElement>('correction-submit')!.click();
      harness.detectChanges();

      backend.expectNone('/api/snapshots');
      expect(text(root().querySelector('#correction-reason-error'))).toBe(
        'Say why the earlier snapshot is wrong.',
      );
      expect(byTestId('correction-reason')!.getAttribute('aria-invalid')).toBe('true');
      expect(byTestId('correction-reason')!.getAttribute('aria-required')).toBe('true');
    });

    it('supersedes with the same question and a reason, then shows what superseded it', async () => {
      await open();
      click('supersede-open');
      // The correction starts from the question of the snapshot it corrects.
      expect(byTestId<HTMLInputElement>('correction-from')!.value).toBe('2020-01-01');
      const reason = byTestId<HTMLTextAreaElement>('correction-reason')!;
      reason.value = 'Late LMS statements were missing.';
      reason.dispatchEvent(new Event('input'));
      byTestId<HTMLButtonElement>('correction-submit')!.click();

      const create = backend.expectOne({ method: 'POST', url: '/api/snapshots' });
      expect(create.request.body).toEqual({
        from: '2020-01-01',
        to: '2020-12-31',
        ageScheme: 'esf2014',
        cutoff: '2024-06-15T12:00:00.000Z',
        reason: 'Late LMS statements were missing.',
        supersedes: SNAPSHOT_ID,
      });
      create.flush(
        { jobId: JOB_ID, snapshotId: OTHER_SNAPSHOT_ID, status: `/api/snapshots/jobs/${JOB_ID}` },
        { status: 202, statusText: 'Accepted' },
      );
      backend
        .expectOne(`/api/snapshots/jobs/${JOB_ID}`)
        .flush(aSnapshotJob({ state: 'completed', snapshotId: OTHER_SNAPSHOT_ID }));
      expectSnapshot().flush(
        aSnapshot({
          supersededBy: {
            id: OTHER_SNAPSHOT_ID,
            by: 'ana@example.org',
            at: '2024-06-15T12:00:05Z',
          },
        }),
      );
      harness.detectChanges();

      expect(text(byTestId('correction-job-link'))).toBe('Open snapshot 7d8e9f0a');
      expect(byTestId('correction-submit')).toBeNull();
      expect(byTestId('supersede-open')).toBeNull();
      expect(byTestId('approve-action')).toBeNull();
      expect(text(byTestId('provenance'))).toContain('Superseded by snapshot 7d8e9f0a');

      // The page stays for the correction: nothing of the corrected one's actions remains.
      byTestId('correction-job-link')!.click();
      await harness.fixture.whenStable();
      harness.detectChanges();
      expect(byTestId('provenance')).toBeNull();
      expectSnapshot(OTHER_SNAPSHOT_ID).flush(
        aSnapshot({
          id: OTHER_SNAPSHOT_ID,
          supersedes: { id: SNAPSHOT_ID, reason: 'Late LMS statements were missing.' },
        }),
      );
      harness.detectChanges();
      expect(text(byTestId('snapshot-title'))).toBe('Snapshot 7d8e9f0a');
      expect(byTestId('correction-job-link')).toBeNull();
      expect(byTestId('supersede-open')).not.toBeNull();
      expect(text(byTestId('provenance'))).toContain(
        'Corrects snapshot 0b5e6c1a Reason: Late LMS statements were missing.',
      );
    });

    it('shows the API’s reason when a correction is refused', async () => {
      await open();
      click('supersede-open');
      const reason = byTestId<HTMLTextAreaElement>('correction-reason')!;
      reason.value = 'Wrong period.';
      reason.dispatchEvent(new Event('input'));
      byTestId<HTMLButtonElement>('correction-submit')!.click();
      backend.expectOne({ method: 'POST', url: '/api/snapshots' }).flush(
        {
          code: 'snapshots.already_superseded',
          message: `Snapshot ${SNAPSHOT_ID} is already superseded by ${OTHER_SNAPSHOT_ID}; supersede that one instead.`,
        },
        { status: 409, statusText: 'Conflict' },
      );
      harness.detectChanges();

      expect(text(byTestId('correction-error'))).toBe(
        `The snapshot was not requested. Snapshot ${SNAPSHOT_ID} is already superseded by ${OTHER_SNAPSHOT_ID}; supersede that one instead.`,
      );
    });

    it('verifies, and lists what no longer matches', async () => {
      await open();
      click('verify');
      backend.expectOne({ method: 'POST', url: `/api/snapshots/${SNAPSHOT_ID}/verify` }).flush(
        aVerification({
          matches: false,
          statementCountMatches: false,
          fingerprintMatches: false,
          statementCount: { snapshot: 48_210, recomputed: 48_212 },
          fingerprint: { snapshot: 'cd'.repeat(32), recomputed: 'ef'.repeat(32) },
          differences: [
            { value: 'users', snapshot: 12, recomputed: 14, difference: 2 },
            { value: 'breakdowns.users.sex.woman', snapshot: 7, recomputed: 9, difference: 2 },
          ],
        }),
      );
      harness.detectChanges();

      expect(text(byTestId('verify-verdict'))).toBe(
        'Does not match: recomputed at its cut-off, 2 values differ from the snapshot.',
      );
      const checks = byTestId('verify-checks')!.querySelectorAll('tbody tr');
      expect(cells(checks[0])).toEqual([
        'Counting statements',
        formatCount(48_210),
        formatCount(48_212),
        'Differs',
      ]);
      expect(cells(checks[2])).toEqual(['Definitions version', '1', '1', 'Matches']);
      const rows = byTestId('verify-differences')!.querySelectorAll('tbody tr');
      expect(Array.from(rows, cells)).toEqual([
        ['Users', '12', '14', '+2'],
        ['Users · Sex · Women', '7', '9', '+2'],
      ]);
    });
  });

  describe('for the manager who created it', () => {
    // The fixture's snapshot was created by manager@example.org.
    beforeEach(() => configure('manager', 'manager@example.org'));

    it('shows the API’s refusal when the creator tries to approve', async () => {
      await open();

      expect(text(byTestId('approve-own'))).toBe(
        'You created this snapshot: someone else must approve it.',
      );
      click('approve');
      backend.expectOne({ method: 'POST', url: `/api/snapshots/${SNAPSHOT_ID}/approve` }).flush(
        {
          code: 'snapshots.self_approval',
          message: 'A snapshot must be approved by someone other than the person who created it.',
        },
        { status: 403, statusText: 'Forbidden' },
      );
      harness.detectChanges();

      const error = byTestId('approve-error')!;
      expect(text(error)).toBe(
        'The snapshot was not approved. A snapshot must be approved by someone other than the person who created it.',
      );
      expect(error.closest('[role="alert"]')).not.toBeNull();
      expect(text(byTestId('provenance'))).toContain('Draft: not approved');
    });
  });

  describe('for an auditor', () => {
    beforeEach(() => configure('auditor'));

    it('offers verification but neither approval nor correction', async () => {
      await open();

      expect(byTestId('approve-action')).toBeNull();
      expect(byTestId('supersede-action')).toBeNull();
      click('verify');
      backend
        .expectOne({ method: 'POST', url: `/api/snapshots/${SNAPSHOT_ID}/verify` })
        .flush(aVerification());
      harness.detectChanges();

      expect(text(byTestId('verify-verdict'))).toBe(
        'Verified: recomputed at its cut-off, every value, the statement count and the fingerprint match.',
      );
      expect(byTestId('verify-differences')).toBeNull();
    });

    it('links each count, total or cell, to its evidence; ratios have none', async () => {
      await open();

      const women = byTestId('value-breakdowns.users.sex.woman')!.querySelector('a')!;
      expect(decodeURIComponent(women.getAttribute('href')!)).toBe(
        `/snapshots/${SNAPSHOT_ID}/evidence?value=breakdowns.users.sex.woman`,
      );
      expect(women.getAttribute('aria-label')).toBe('7: evidence of Users by sex, Women');
      expect(byTestId('value-completers')!.querySelector('a')).not.toBeNull();
      expect(byTestId('value-completionRate')!.querySelector('a')).toBeNull();
    });
  });

  describe('ERDF indicator workbook', () => {
    function expectExport(): TestRequest {
      return backend.expectOne({ method: 'POST', url: '/api/exports' });
    }

    it('asks a manager’s workbook of this snapshot, without evidence, and points to the exports', async () => {
      configure('manager', 'ana@example.org');
      await open();

      const action = byTestId('erdf-export-action')!;
      expect(text(action.querySelector('h3'))).toBe('ERDF indicator workbook');
      expect(text(action.querySelector('legend'))).toBe('Export: ERDF indicator workbook');
      expect(byTestId('export-evidence')).toBeNull();
      click('export-submit');
      const request = expectExport();
      expect(request.request.body).toEqual({
        kind: 'erdf',
        format: 'xlsx',
        language: 'en',
        snapshotId: SNAPSHOT_ID,
      });
      expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
      request.flush({ id: 'e-1' }, { status: 202, statusText: 'Accepted' });
      harness.detectChanges();

      const accepted = byTestId('export-accepted')!;
      expect(accepted.closest('[role="status"]')).not.toBeNull();
      expect(text(accepted)).toContain('The file is being built.');
      expect(byTestId('export-open')!.getAttribute('href')).toBe('/exports');
    });

    it('asks one table as CSV', async () => {
      configure('manager', 'ana@example.org');
      await open();

      click('export-format-csv');
      const table = byTestId<HTMLSelectElement>('export-table')!;
      table.value = 'participants';
      table.dispatchEvent(new Event('change'));
      click('export-submit');
      expect(expectExport().request.body).toEqual({
        kind: 'erdf',
        format: 'csv',
        table: 'participants',
        language: 'en',
        snapshotId: SNAPSHOT_ID,
      });
    });

    it.each<UserRole>(['auditor', 'admin'])(
      'offers the evidence sheet to the %s role',
      async (role) => {
        configure(role);
        await open();

        const evidence = byTestId<HTMLInputElement>('export-evidence')!;
        expect(text(evidence.closest('label'))).toContain('Add the evidence sheet');
        evidence.click();
        click('export-submit');
        expect(expectExport().request.body).toEqual({
          kind: 'erdf',
          format: 'xlsx',
          language: 'en',
          snapshotId: SNAPSHOT_ID,
          evidence: true,
        });
      },
    );

    it('shows the API’s refusal next to the control', async () => {
      configure('auditor');
      await open();

      click('export-submit');
      expectExport().flush(
        { code: 'snapshots.not_found', message: `There is no snapshot ${SNAPSHOT_ID}.` },
        { status: 404, statusText: 'Not Found' },
      );
      harness.detectChanges();

      const refused = byTestId('export-refused')!;
      expect(refused.closest('[data-testid="erdf-export-action"]')).not.toBeNull();
      expect(refused.closest('[role="alert"]')).not.toBeNull();
      expect(text(refused)).toBe(
        `The export was not accepted. There is no snapshot ${SNAPSHOT_ID}.`,
      );
      expect(byTestId('export-accepted')).toBeNull();
    });
  });

  describe('when the snapshot cannot be loaded', () => {
    beforeEach(() => configure('auditor'));

    it('says why and retries', async () => {
      harness = await RouterTestingHarness.create(URL);
      expectSnapshot().flush(
        { code: 'snapshots.not_found', message: `There is no snapshot ${SNAPSHOT_ID}.` },
        { status: 404, statusText: 'Not Found' },
      );
      harness.detectChanges();

      expect(text(byTestId('snapshot-error'))).toContain(
        `The snapshot could not be loaded. There is no snapshot ${SNAPSHOT_ID}.`,
      );
      byTestId('snapshot-error')!.querySelector('button')!.click();
      expectSnapshot().flush(aSnapshot());
      harness.detectChanges();
      expect(byTestId('provenance')).not.toBeNull();
    });
  });
});
