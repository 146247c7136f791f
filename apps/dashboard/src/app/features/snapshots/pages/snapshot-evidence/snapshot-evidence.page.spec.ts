import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  SNAPSHOT_ID,
  aSnapshotSession,
  anEvidencePage,
  someEvidenceEntries,
} from '../../../../../testing/snapshots-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { EVIDENCE_PAGE_SIZE } from '../../data/snapshot-evidence.store';
import { SNAPSHOTS_MESSAGES } from '../../snapshots.messages';
import { SnapshotEvidencePage } from './snapshot-evidence.page';

const WOMEN = 'breakdowns.users.sex.woman';

describe('SnapshotEvidencePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSnapshotSession('auditor')));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'snapshots/:id/evidence', component: SnapshotEvidencePage },
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

  function expectEvidence(): TestRequest {
    return backend.expectOne((r) => r.url === `/api/snapshots/${SNAPSHOT_ID}/evidence`);
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    return Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
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

  async function open(query: string): Promise<void> {
    harness = await RouterTestingHarness.create(`/snapshots/${SNAPSHOT_ID}/evidence?${query}`);
  }

  it('lists the persons behind a value with their statements, adding up to it', async () => {
    await open(`value=${WOMEN}`);
    const request = expectEvidence();
    expect(paramsOf(request)).toEqual({
      value: WOMEN,
      page: '1',
      pageSize: String(EVIDENCE_PAGE_SIZE),
    });
    request.flush(anEvidencePage());
    harness.detectChanges();

    expect(text(byTestId('evidence-title'))).toBe('Evidence: Users · Sex · Women');
    expect(text(byTestId('evidence-frozen'))).toBe('7');
    expect(text(byTestId('evidence-total'))).toBe('7');
    expect(text(byTestId('evidence-verdict'))).toBe(
      'The evidence adds up to the snapshot’s value.',
    );
    const table = byTestId('evidence-table')!;
    expect(text(table.querySelector('caption'))).toBe('Persons 1 to 7 of 7');
    expect(cells(table.querySelectorAll('tbody tr')[0])).toEqual([
      '1',
      'person:P0001',
      '00000000-0000-4000-8000-000000000001',
    ]);
    expect(text(byTestId('page-of'))).toBe('Page 1 of 1');
    expect(byTestId('page-previous')).toBeNull();
    expect(byTestId('page-next')).toBeNull();
    expect(byTestId('back-to-snapshot')!.getAttribute('href')).toBe(`/snapshots/${SNAPSHOT_ID}`);
  });

  it('pages through a long list, the page in the URL', async () => {
    await open('value=users');
    expectEvidence().flush(
      anEvidencePage({
        value: 'users',
        snapshotValue: 120,
        total: 120,
        entries: someEvidenceEntries(1, 50),
      }),
    );
    harness.detectChanges();
    expect(text(byTestId('page-of'))).toBe('Page 1 of 3');
    expect(byTestId('page-previous')).toBeNull();

    byTestId('page-next')!.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      `/snapshots/${SNAPSHOT_ID}/evidence?value=users&page=2`,
    );
    const second = expectEvidence();
    expect(paramsOf(second)['page']).toBe('2');
    second.flush(
      anEvidencePage({
        value: 'users',
        snapshotValue: 120,
        total: 120,
        page: 2,
        entries: someEvidenceEntries(51, 50),
      }),
    );
    harness.detectChanges();

    expect(text(byTestId('evidence-table')!.querySelector('caption'))).toBe(
      'Persons 51 to 100 of 120',
    );
    expect(cells(byTestId('evidence-table')!.querySelectorAll('tbody tr')[0])[0]).toBe('51');
    expect(text(byTestId('page-of'))).toBe('Page 2 of 3');
    expect(decodeURIComponent(byTestId('page-previous')!.getAttribute('href')!)).toBe(
      `/snapshots/${SNAPSHOT_ID}/evidence?value=users&page=1`,
    );
    expect(byTestId('page-next')).not.toBeNull();
  });

  it('shows the course of each pair for enrolments, and warns when the evidence no longer adds up', async () => {
    await open('value=breakdowns.enrolments.format.mooc&page=1');
    expectEvidence().flush(
      anEvidencePage({
        value: 'breakdowns.enrolments.format.mooc',
        snapshotValue: 3,
        total: 2,
        matches: false,
        entries: [
          { person: 'person:P1', course: 'https://lms.example.org/c/1', statementIds: ['s-1'] },
          { person: 'actor:mbox:x', course: 'https://lms.example.org/c/2', statementIds: ['s-2'] },
        ],
      }),
    );
    harness.detectChanges();

    expect(text(root().querySelector('.page-lead'))).toContain('person-course pairs');
    expect(text(byTestId('evidence-verdict'))).toBe(
      'The evidence finds 2 where the snapshot says 3: verify the snapshot.',
    );
    const table = byTestId('evidence-table')!;
    expect(text(table.querySelector('caption'))).toBe('Person-course pairs 1 to 2 of 2');
    expect(cells(table.querySelector('thead tr')!)).toEqual([
      'No.',
      'Person (pseudonymous)',
      'Course',
      'Statement ids',
    ]);
    expect(cells(table.querySelectorAll('tbody tr')[1])).toEqual([
      '2',
      'actor:mbox:x',
      'https://lms.example.org/c/2',
      's-2',
    ]);
  });

  it('says so when no one is behind the value', async () => {
    await open('value=completers');
    expectEvidence().flush(
      anEvidencePage({ value: 'completers', snapshotValue: 0, total: 0, entries: [] }),
    );
    harness.detectChanges();

    expect(text(byTestId('evidence-empty'))).toBe('No one is behind this value: it is 0.');
    expect(byTestId('evidence-table')).toBeNull();
  });

  it('shows the API’s refusal, and retries', async () => {
    await open('value=completionRate');
    expectEvidence().flush(
      {
        code: 'snapshots.invalid_value',
        message: '"completionRate" is not a counted value.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();

    expect(text(byTestId('evidence-error'))).toContain(
      'The evidence could not be loaded. "completionRate" is not a counted value.',
    );
    byTestId('evidence-error')!.querySelector('button')!.click();
    expectEvidence().flush(anEvidencePage());
  });

  it('asks nothing without a value', async () => {
    await open('');
    harness.detectChanges();

    expect(text(byTestId('evidence-no-value'))).toBe(
      'Choose a count on the snapshot’s page to see the evidence behind it.',
    );
    expect(root().querySelectorAll('h1')).toHaveLength(1);
  });
});
