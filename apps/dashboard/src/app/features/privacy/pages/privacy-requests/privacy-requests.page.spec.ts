import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { anAdminSession } from '../../../../../testing/api-fixtures';
import { aPrivacyRequest, aWaitingErasure } from '../../../../../testing/privacy-fixtures';
import { type PrivacyRequest } from '../../../../core/api/privacy.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { formatCalendarDate, formatDateTime } from '../../../../shared/format/locale-format';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { PRIVACY_MESSAGES } from '../../privacy.messages';
import { PrivacyRequestsPage } from './privacy-requests.page';

const URL = '/api/admin/privacy/requests';
const RESTRICTION = aPrivacyRequest();
const ERASURE = aWaitingErasure();
const LIFTED = aPrivacyRequest({
  id: '0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
  reference: 'DSR-2026-0007',
  status: 'lifted',
  statusReason: 'Lifted on 2024-05-02T08:00:00.000Z by admin@example.org.',
  subject: { namedBy: 'account', personId: 'P-000077', actorKeys: 1 },
  recordedAt: '2024-05-01T08:00:00.000Z',
  liftedBy: { id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', email: 'admin@example.org' },
  liftedAt: '2024-05-02T08:00:00.000Z',
});

describe('PrivacyRequestsPage', () => {
  let fixture: ComponentFixture<PrivacyRequestsPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(anAdminSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMessages(SHARED_MESSAGES, PRIVACY_MESSAGES),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PrivacyRequestsPage);
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  function render(): void {
    fixture.detectChanges();
  }

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function click(id: string): void {
    byTestId<HTMLElement>(id)!.click();
    render();
  }

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    render();
  }

  function load(requests: PrivacyRequest[] = [ERASURE, RESTRICTION, LIFTED]): void {
    backend.expectOne({ method: 'GET', url: URL }).flush(requests);
    render();
  }

  function rowOf(reference: string): HTMLElement {
    return byTestId(`privacy-request-${reference}`)!;
  }

  function cellsOf(reference: string): string[] {
    return Array.from(rowOf(reference).querySelectorAll('th, td'), (cell) => text(cell));
  }

  function fieldError(id: string): string {
    const input = byTestId(id)!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((each) => each.endsWith('-error'))!;
    return text(root().querySelector(`#${errorId}`));
  }

  it('explains both kinds of request in one paragraph', () => {
    load([]);
    const kinds = text(byTestId('privacy-kinds'));
    expect(kinds).toContain(
      'A restriction takes the person, under all their identifiers, out of the live figures at once',
    );
    expect(kinds).toContain('they still count in mandatory funding reporting');
    expect(kinds).toContain(
      'An erasure waits until the retention period of every operation the person took part in has passed',
    );
    expect(kinds).toContain('their statements made anonymous');
    expect(text(root())).toContain('No request has been recorded yet.');
  });

  it('lists every request with how the person was named, who recorded it and where it stands', () => {
    load();
    const table = byTestId('privacy-requests')!;
    expect(text(table.querySelector('caption'))).toBe(
      'Privacy requests, newest first, with who recorded them and where they stand',
    );
    expect(
      Array.from(table.querySelectorAll('tbody tr'), (row) => text(row.querySelector('th'))),
    ).toEqual(['DSR-2026-0043', 'DSR-2026-0042', 'DSR-2026-0007']);

    expect(cellsOf('DSR-2026-0042')).toEqual([
      'DSR-2026-0042',
      'Restriction',
      'Registry person P-000123 2 actor keys',
      `${formatDateTime('2024-06-10T09:30:00.000Z')} by admin@example.org`,
      'Active Out of the live figures; still counted in funding reporting.',
      '—',
      'Lift',
    ]);
    expect(cellsOf('DSR-2026-0043')).toEqual([
      'DSR-2026-0043',
      'Erasure',
      'By e-mail address, not in the registry 1 actor key',
      `${formatDateTime('2024-06-11T10:00:00.000Z')} by admin@example.org`,
      `Waiting Kept until ${formatCalendarDate('2031-12-31')} for operation BCN-2017 (Regulation (EU) 1303/2013, art. 140); erased by the first run after that day.`,
      '—',
      '',
    ]);
    expect(cellsOf('DSR-2026-0007').slice(2, 5)).toEqual([
      'By LMS account: person P-000077 1 actor key',
      `${formatDateTime('2024-05-01T08:00:00.000Z')} by admin@example.org`,
      `Lifted Lifted on ${formatDateTime('2024-05-02T08:00:00.000Z')} by admin@example.org.`,
    ]);
    expect(byTestId('lift-DSR-2026-0007')).toBeNull();
    expect(byTestId('lift-DSR-2026-0043')).toBeNull();
  });

  it('shows when an erasure was carried out', () => {
    load([
      aWaitingErasure({
        status: 'executed',
        statusReason: 'Erased on 2024-06-12T02:00:00.000Z: …',
        executedAt: '2024-06-12T02:00:00.000Z',
        erasedStatements: 41,
        erasure: null,
      }),
    ]);
    expect(cellsOf('DSR-2026-0043').slice(4, 6)).toEqual([
      'Erased Registry entries and agent documents deleted, 41 statements made anonymous.',
      formatDateTime('2024-06-12T02:00:00.000Z'),
    ]);
  });

  it('records a restriction of a registry person', () => {
    load([]);
    click('privacy-kind-restriction');
    type('privacy-reference', '  DSR-2026-0042 ');
    click('privacy-naming-person');
    expect(byTestId('privacy-email')).toBeNull();
    type('privacy-personId', 'P-000123');
    click('privacy-submit');

    const request = backend.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({
      kind: 'restriction',
      reference: 'DSR-2026-0042',
      personId: 'P-000123',
    });
    request.flush(RESTRICTION);
    render();

    expect(text(byTestId('privacy-outcome'))).toBe('Restriction DSR-2026-0042 recorded.');
    expect(rowOf('DSR-2026-0042')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('privacy-reference')!.value).toBe('');
    expect(byTestId<HTMLInputElement>('privacy-personId')!.value).toBe('');
  });

  it('records a restriction of a person named by e-mail address, and forgets the address', () => {
    load([LIFTED]);
    click('privacy-kind-restriction');
    type('privacy-reference', 'DSR-2026-0050');
    type('privacy-email', ' ana@example.org ');
    click('privacy-submit');

    const request = backend.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({
      kind: 'restriction',
      reference: 'DSR-2026-0050',
      email: 'ana@example.org',
    });
    request.flush(
      aPrivacyRequest({
        id: '4d5e6f70-8192-4a3b-9c4d-5e6f70819203',
        reference: 'DSR-2026-0050',
        subject: { namedBy: 'email', personId: 'P-000123', actorKeys: 3 },
      }),
    );
    render();

    // Newest first: the new request goes above the older ones.
    expect(text(byTestId('privacy-requests')!.querySelector('tbody tr th'))).toBe('DSR-2026-0050');
    expect(cellsOf('DSR-2026-0050')[2]).toBe('By e-mail address: person P-000123 3 actor keys');
    expect(byTestId<HTMLInputElement>('privacy-email')!.value).toBe('');
    expect(text(root())).not.toContain('ana@example.org');
  });

  it('records an erasure of an LMS account once the admin confirms it', () => {
    load([]);
    click('privacy-kind-erasure');
    type('privacy-reference', 'DSR-2026-0043');
    click('privacy-naming-account');
    type('privacy-homePage', 'https://moodle.example.org');
    type('privacy-accountName', 'ana.puig');
    click('privacy-submit');

    // Nothing is sent before the question is answered.
    backend.expectNone({ method: 'POST', url: URL });
    const panel = byTestId('erasure-confirmation')!;
    expect(text(panel)).toContain('Record an erasure under DSR-2026-0043?');
    expect(text(panel)).toContain('It cannot be undone.');
    click('cancel-erasure');
    expect(byTestId('erasure-confirmation')).toBeNull();
    backend.expectNone({ method: 'POST', url: URL });

    click('privacy-submit');
    click('confirm-erasure');
    const request = backend.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({
      kind: 'erasure',
      reference: 'DSR-2026-0043',
      account: { homePage: 'https://moodle.example.org', name: 'ana.puig' },
    });
    request.flush(
      aWaitingErasure({ subject: { namedBy: 'account', personId: 'P-000123', actorKeys: 2 } }),
    );
    render();

    expect(byTestId('erasure-confirmation')).toBeNull();
    expect(text(byTestId('privacy-outcome'))).toBe('Erasure DSR-2026-0043 recorded.');
    expect(text(byTestId('privacy-status-DSR-2026-0043'))).toContain('Waiting');
  });

  it('asks for every missing field before sending anything', () => {
    load([]);
    click('privacy-submit');
    backend.expectNone({ method: 'POST', url: URL });

    expect(text(root().querySelector('#privacy-kind-error'))).toBe(
      'Choose restriction or erasure.',
    );
    expect(fieldError('privacy-reference')).toBe('Enter the reference.');
    expect(fieldError('privacy-email')).toBe('Enter the e-mail address.');

    click('privacy-naming-account');
    expect(fieldError('privacy-homePage')).toBe('Enter the LMS address.');
    expect(fieldError('privacy-accountName')).toBe('Enter the account name.');
  });

  it('shows the API’s problems next to the inputs they concern', () => {
    load([]);
    click('privacy-kind-restriction');
    type('privacy-reference', 'DSR-2026-0051');
    click('privacy-naming-account');
    type('privacy-homePage', 'moodle');
    type('privacy-accountName', 'ana.puig');
    click('privacy-submit');

    backend.expectOne({ method: 'POST', url: URL }).flush(
      {
        code: 'request.invalid',
        message:
          'Invalid privacy request: account.homePage must be an absolute URL such as https://lms.example.org',
        details: [
          {
            field: 'account.homePage',
            message: 'must be an absolute URL such as https://lms.example.org',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    render();

    expect(fieldError('privacy-homePage')).toBe(
      'must be an absolute URL such as https://lms.example.org',
    );
    expect(byTestId('privacy-accountName')!.getAttribute('aria-invalid')).toBe('false');
    expect(text(byTestId('privacy-form-error'))).toBe(
      'The request was not recorded: check the fields marked below.',
    );
    // Nothing was recorded: what was typed stays, to be corrected.
    expect(byTestId<HTMLInputElement>('privacy-reference')!.value).toBe('DSR-2026-0051');
    expect(text(root())).toContain('No request has been recorded yet.');
  });

  it('says clearly when Fita holds nothing about the person named', () => {
    load([]);
    click('privacy-kind-restriction');
    type('privacy-reference', 'DSR-2026-0052');
    type('privacy-email', 'nobody@example.org');
    click('privacy-submit');

    backend.expectOne({ method: 'POST', url: URL }).flush(
      {
        code: 'privacy.person_not_found',
        message:
          'Fita holds nothing about this e-mail address (email): it is not in the learner registry and no statement or document names it.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    render();

    expect(text(byTestId('privacy-form-error'))).toBe(
      'The request was not recorded: Fita holds no data about the person named, so there is nothing to restrict or erase. Check what you typed.',
    );
    expect(fieldError('privacy-email')).toBe('Fita holds no data about this e-mail address.');
    expect(text(byTestId('privacy-outcome'))).toBe('');
  });

  it('says a registry person id is unknown next to it', () => {
    load([]);
    click('privacy-kind-erasure');
    type('privacy-reference', 'DSR-2026-0053');
    click('privacy-naming-person');
    type('privacy-personId', 'P-999');
    click('privacy-submit');
    click('confirm-erasure');

    backend.expectOne({ method: 'POST', url: URL }).flush(
      {
        code: 'privacy.person_not_found',
        message: 'No person P-999 in the learner registry (personId).',
      },
      { status: 404, statusText: 'Not Found' },
    );
    render();

    expect(fieldError('privacy-personId')).toBe('No person with this id in the learner registry.');
    expect(byTestId('erasure-confirmation')).toBeNull();
  });

  it('lifts an active restriction once the admin confirms it', () => {
    load();
    click('lift-DSR-2026-0042');
    const panel = byTestId('lift-confirmation')!;
    expect(text(panel)).toContain('Lift restriction DSR-2026-0042?');
    expect(text(panel)).toContain('The person counts in the live figures again at once.');
    expect(byTestId('lift-DSR-2026-0042')!.getAttribute('aria-label')).toBe(
      'Lift restriction DSR-2026-0042',
    );

    click('cancel-lift');
    expect(byTestId('lift-confirmation')).toBeNull();
    backend.expectNone(`${URL}/${RESTRICTION.id}/lift`);

    click('lift-DSR-2026-0042');
    click('confirm-lift');
    // Pressed again while the first is on its way: one request only.
    expect(byTestId('confirm-lift')!.getAttribute('aria-disabled')).toBe('true');
    click('confirm-lift');
    const request = backend.expectOne({ method: 'POST', url: `${URL}/${RESTRICTION.id}/lift` });
    request.flush(
      aPrivacyRequest({
        status: 'lifted',
        liftedBy: { id: 'x', email: 'admin@example.org' },
        liftedAt: '2024-06-15T12:00:00.000Z',
      }),
    );
    render();

    expect(byTestId('lift-confirmation')).toBeNull();
    expect(text(byTestId('privacy-outcome'))).toBe('Restriction DSR-2026-0042 lifted.');
    expect(text(byTestId('privacy-status-DSR-2026-0042'))).toBe(
      `Lifted Lifted on ${formatDateTime('2024-06-15T12:00:00.000Z')} by admin@example.org.`,
    );
    expect(byTestId('lift-DSR-2026-0042')).toBeNull();
  });

  it('says why a lift was refused', () => {
    load();
    click('lift-DSR-2026-0042');
    click('confirm-lift');
    backend.expectOne(`${URL}/${RESTRICTION.id}/lift`).flush(
      {
        code: 'privacy.not_an_active_restriction',
        message: `Restriction ${RESTRICTION.id} was already lifted on 2024-06-15T11:00:00.000Z.`,
      },
      { status: 409, statusText: 'Conflict' },
    );
    render();

    expect(text(byTestId('privacy-problem'))).toBe(
      'Restriction DSR-2026-0042 was not lifted. It is no longer active: reload the page.',
    );
    expect(byTestId('lift-confirmation')).toBeNull();
  });

  it('offers a retry when the list cannot be loaded', () => {
    backend
      .expectOne(URL)
      .flush({ code: 'x', message: 'Database down.' }, { status: 503, statusText: 'Unavailable' });
    render();
    const alert = root().querySelector('.card [role="alert"].error-box')!;
    expect(text(alert)).toContain('The requests could not be loaded. Database down.');

    Array.from(alert.querySelectorAll('button'))
      .find((button) => text(button) === 'Try again')!
      .click();
    render();
    load([RESTRICTION]);
    expect(rowOf('DSR-2026-0042')).not.toBeNull();
  });
});
