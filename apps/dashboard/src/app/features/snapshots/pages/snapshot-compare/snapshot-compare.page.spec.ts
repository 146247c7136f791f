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
  OTHER_SNAPSHOT_ID,
  SNAPSHOT_ID,
  aComparison,
  aSnapshotSession,
} from '../../../../../testing/snapshots-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { formatRate } from '../../../../shared/format/figure-format';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { SNAPSHOTS_MESSAGES } from '../../snapshots.messages';
import { SnapshotComparePage } from './snapshot-compare.page';

describe('SnapshotComparePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSnapshotSession('auditor')));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'snapshots/compare', component: SnapshotComparePage },
          { path: '**', children: [] },
        ]),
        provideMessages(SHARED_MESSAGES, SNAPSHOTS_MESSAGES),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  function expectCompare(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/snapshots/compare');
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

  async function open(): Promise<void> {
    harness = await RouterTestingHarness.create(
      `/snapshots/compare?a=${SNAPSHOT_ID}&b=${OTHER_SNAPSHOT_ID}`,
    );
    const request = expectCompare();
    expect(request.request.params.get('a')).toBe(SNAPSHOT_ID);
    expect(request.request.params.get('b')).toBe(OTHER_SNAPSHOT_ID);
    request.flush(aComparison());
    harness.detectChanges();
  }

  it('shows the values that differ, B − A, counts signed and rates in points', async () => {
    await open();

    expect(text(byTestId('differ-count'))).toBe('4 of 5 values differ.');
    const rows = byTestId('compare-values')!.querySelectorAll('tbody tr');
    expect(Array.from(rows, cells)).toEqual([
      ['Users', '120', '125', '+5'],
      ['Completion rate', formatRate(0.3), formatRate(0.32), '+2.0 points'],
      ['Users · Sex · Women', '70', '73', '+3'],
      // A cell only one side has.
      ['Users · Residence · Gràcia', 'none', '2', 'none'],
    ]);
    expect(text(byTestId('fingerprints'))).toBe(
      'Different counting statements: the fingerprints differ.',
    );
    expect(text(byTestId('statement-difference'))).toBe('(+90)');
    const summary = byTestId('compare-summary')!;
    expect(text(summary.querySelector('tbody tr'))).toContain('Snapshot 0b5e6c1a');
    expect(text(summary.querySelector('tbody tr'))).toContain('Snapshot 7d8e9f0a');
  });

  it('shows every value on request, equal ones without a difference', async () => {
    await open();
    byTestId<HTMLInputElement>('only-differences')!.click();
    harness.detectChanges();

    expect(byTestId('compare-values')!.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(cells(byTestId('compare-row-enrolments')!)).toEqual(['Enrolments', '300', '300', '']);
    expect(text(byTestId('compare-values')!.querySelector('caption'))).toBe(
      'Values of both snapshots',
    );
  });

  it('says when the two snapshots agree on every value', async () => {
    harness = await RouterTestingHarness.create(
      `/snapshots/compare?a=${SNAPSHOT_ID}&b=${OTHER_SNAPSHOT_ID}`,
    );
    expectCompare().flush(
      aComparison({
        fingerprintsEqual: true,
        statementCount: { a: 10, b: 10, difference: 0 },
        values: [{ value: 'users', a: 1, b: 1, difference: 0, equal: true }],
      }),
    );
    harness.detectChanges();

    expect(text(byTestId('no-differences'))).toBe('Every value is the same in both snapshots.');
    expect(text(byTestId('fingerprints'))).toBe(
      'Same counting statements: the fingerprints are equal.',
    );
  });

  it('asks for two snapshots when the link names fewer', async () => {
    harness = await RouterTestingHarness.create(`/snapshots/compare?a=${SNAPSHOT_ID}`);
    harness.detectChanges();

    expect(text(byTestId('compare-missing'))).toBe(
      'Choose two snapshots to compare in the list of snapshots.',
    );
  });

  it('shows the API’s refusal, and retries', async () => {
    harness = await RouterTestingHarness.create(
      `/snapshots/compare?a=${SNAPSHOT_ID}&b=${OTHER_SNAPSHOT_ID}`,
    );
    expectCompare().flush(
      { code: 'snapshots.not_found', message: `There is no snapshot ${OTHER_SNAPSHOT_ID}.` },
      { status: 404, statusText: 'Not Found' },
    );
    harness.detectChanges();

    expect(text(byTestId('compare-error'))).toContain(
      `The snapshots could not be compared. There is no snapshot ${OTHER_SNAPSHOT_ID}.`,
    );
    byTestId('compare-error')!.querySelector('button')!.click();
    expectCompare().flush(aComparison());
  });
});
