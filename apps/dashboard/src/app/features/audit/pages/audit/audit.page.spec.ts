import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ADMIN,
  AUDITOR,
  SNAPSHOT_ID,
  anAuditEvent,
  anAuditPage,
} from '../../../../../testing/audit-fixtures';
import { theSignedInAdmin } from '../../../../../testing/users-fixtures';
import { type AuditPage as AuditPageAnswer } from '../../../../core/api/audit.model';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { AUDIT_MESSAGES } from '../../audit.messages';
import { AuditPage } from './audit.page';

const FIRST_PAGE = '/api/admin/audit?page=1&pageSize=50';

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMessages(AUDIT_MESSAGES),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditPage);
    fixture.detectChanges();
  });

  afterEach(() => backend.verify());

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function answer(url: string, page: AuditPageAnswer): void {
    backend.expectOne({ method: 'GET', url }).flush(page);
    fixture.detectChanges();
  }

  function users(list = [theSignedInAdmin()]): void {
    backend.expectOne({ method: 'GET', url: '/api/admin/users' }).flush(list);
    fixture.detectChanges();
  }

  function set(id: string, value: string): void {
    const control = byTestId<HTMLInputElement | HTMLSelectElement>(id)!;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    fixture.detectChanges();
  }

  function click(id: string): void {
    byTestId<HTMLButtonElement>(id)!.click();
    fixture.detectChanges();
  }

  it('says it is loading, then lists each event in words under one h1 and a captioned table', () => {
    expect(text()).toContain('Loading…');
    users();
    answer(
      FIRST_PAGE,
      anAuditPage({
        events: [
          anAuditEvent(),
          anAuditEvent({
            id: '11',
            user: ADMIN,
            action: 'user.role_change',
            subject: { type: 'user', id: ADMIN.id },
            details: { role: 'auditor' },
          }),
          anAuditEvent({
            id: '10',
            user: null,
            action: 'auth.login_refused',
            subject: null,
            details: { code: 'auth.invalid_credentials' },
            clientAddress: '203.0.113.9',
          }),
        ],
        total: 3,
      }),
    );
    expect(root().querySelectorAll('h1')).toHaveLength(1);
    expect(text(root().querySelector('h1'))).toBe('Audit log');
    const table = byTestId('audit-events')!;
    expect(text(table.querySelector('caption'))).toBe('Audit events, newest first');
    expect(
      Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope')),
    ).toEqual(['col', 'col', 'col', 'col', 'col', 'col', 'col']);
    expect(text(byTestId('audit-count'))).toBe('3 events · page 1 of 1');

    const evidence = byTestId('audit-event-12')!;
    expect(text(evidence)).toContain(AUDITOR.email);
    expect(text(evidence)).toContain('Auditor');
    expect(text(evidence)).toContain('Viewed evidence');
    expect(text(evidence)).toContain('breakdowns.users.sex.woman, page 2 (50 shown)');
    expect(text(evidence)).toContain('10.0.0.7');
    expect(evidence.querySelector('time')?.getAttribute('datetime')).toBe(
      '2024-06-14T08:30:00.000Z',
    );
    expect(evidence.querySelector('a')?.getAttribute('href')).toBe(`/snapshots/${SNAPSHOT_ID}`);
    expect(text(evidence.querySelector('a'))).toBe('Snapshot 7f6e5d4c');

    expect(text(byTestId('audit-event-11'))).toContain('Changed a role');
    expect(text(byTestId('audit-event-11'))).toContain(`User ${ADMIN.email}`);
    expect(text(byTestId('audit-event-11'))).toContain('Role: Auditor');
    expect(text(byTestId('audit-event-10'))).toContain('No account');
    expect(text(byTestId('audit-event-10'))).toContain('Wrong e-mail address or password');
    expect(byTestId('audit-next')).toBeNull();
  });

  it('asks for the filtered events from the first page, and clears them again', () => {
    users();
    answer(FIRST_PAGE, anAuditPage());
    set('audit-filter-action', 'export.download');
    set('audit-filter-user', 'joan.vila@example.org');
    set('audit-filter-from', '2024-06-01');
    set('audit-filter-to', '2024-06-30');
    click('audit-filter-apply');
    answer(
      '/api/admin/audit?page=1&pageSize=50&from=2024-06-01&to=2024-06-30&action=export.download&user=joan.vila@example.org',
      anAuditPage({ events: [], total: 0 }),
    );
    expect(text(byTestId('audit-empty'))).toBe('No event matches these filters.');

    click('audit-filter-clear');
    answer(FIRST_PAGE, anAuditPage());
    expect(byTestId<HTMLSelectElement>('audit-filter-action')!.value).toBe('');
  });

  it('refuses dates the wrong way round, saying why, without asking the API', () => {
    users();
    answer(FIRST_PAGE, anAuditPage());
    set('audit-filter-from', '2024-06-30');
    set('audit-filter-to', '2024-06-01');
    click('audit-filter-apply');
    expect(text(byTestId('audit-filter-error'))).toBe('“From” must not be after “To”.');
    expect(byTestId('audit-filter-from')!.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('audit-filter-from')!.getAttribute('aria-describedby')).toBe(
      'audit-from-error',
    );
    backend.expectNone((request) => request.url === '/api/admin/audit');
  });

  it('pages through the events', () => {
    users();
    answer(FIRST_PAGE, anAuditPage({ total: 120 }));
    expect(text(byTestId('audit-count'))).toBe('120 events · page 1 of 3');
    expect(byTestId<HTMLButtonElement>('audit-previous')!.disabled).toBe(true);
    click('audit-next');
    answer('/api/admin/audit?page=2&pageSize=50', anAuditPage({ page: 2, total: 120 }));
    expect(text(byTestId('audit-count'))).toBe('120 events · page 2 of 3');
    expect(byTestId<HTMLButtonElement>('audit-previous')!.disabled).toBe(false);
    click('audit-previous');
    answer(FIRST_PAGE, anAuditPage({ total: 120 }));
    expect(text(byTestId('audit-count'))).toBe('120 events · page 1 of 3');
  });

  it('says what failed and tries again on request', () => {
    users();
    backend.expectOne(FIRST_PAGE).flush(
      { code: 'auth.forbidden', message: 'This needs one of the roles: admin.' },
      {
        status: 403,
        statusText: 'Forbidden',
      },
    );
    fixture.detectChanges();
    expect(text(byTestId('audit-error'))).toContain(
      'The audit log could not be loaded. This needs one of the roles: admin.',
    );
    byTestId('audit-error')!.querySelector('button')!.click();
    fixture.detectChanges();
    answer(FIRST_PAGE, anAuditPage());
    expect(byTestId('audit-error')).toBeNull();
    expect(byTestId('audit-events')).not.toBeNull();
  });

  it('reads the log without the users list, naming user subjects by their id', () => {
    backend
      .expectOne('/api/admin/users')
      .flush(null, { status: 500, statusText: 'Internal Server Error' });
    answer(
      FIRST_PAGE,
      anAuditPage({
        events: [
          anAuditEvent({
            action: 'user.disable',
            subject: { type: 'user', id: ADMIN.id },
            details: {},
          }),
        ],
      }),
    );
    expect(text(byTestId('audit-event-12'))).toContain('User 9a8b7c6d');
  });
});
