import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { anAdminSession } from '../../../../../testing/api-fixtures';
import {
  aManagedUser,
  aUserWithPassword,
  theSignedInAdmin,
} from '../../../../../testing/users-fixtures';
import { type ManagedUser } from '../../../../core/api/users.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { USERS_MESSAGES } from '../../users.messages';
import { UsersPage } from './users.page';

const MARIA = aManagedUser();
const JOAN = aManagedUser({
  id: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
  email: 'joan.vila@example.org',
  role: 'auditor',
  lastLoginAt: null,
  disabledAt: '2024-05-01T10:00:00.000Z',
});
const PASSWORD = 'Tq3vX9-kLm2Zp7Rw_a1Bc4De';

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let backend: HttpTestingController;
  let writeText: jest.Mock<Promise<void>, [string]>;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(anAdminSession()));
    writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMessages(SHARED_MESSAGES, USERS_MESSAGES),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
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
    byTestId<HTMLButtonElement>(id)!.click();
    render();
  }

  function load(users: ManagedUser[] = [theSignedInAdmin(), JOAN, MARIA]): void {
    backend.expectOne({ method: 'GET', url: '/api/admin/users' }).flush(users);
    render();
  }

  function type(id: string, value: string): void {
    const control = byTestId<HTMLInputElement | HTMLSelectElement>(id)!;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    control.dispatchEvent(new Event('blur'));
    render();
  }

  function rowOf(email: string): HTMLElement {
    return byTestId(`user-${email}`)!;
  }

  it('lists users with role, status and last sign-in, under one h1 and a captioned table', () => {
    load();
    expect(root().querySelectorAll('h1')).toHaveLength(1);
    expect(text(root().querySelector('h1'))).toBe('Users');
    const table = byTestId('users')!;
    expect(text(table.querySelector('caption'))).toBe(
      'Dashboard users by e-mail address, with role and status',
    );
    expect(
      Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope')),
    ).toEqual(['col', 'col', 'col', 'col', 'col', 'col']);

    const joan = rowOf(JOAN.email);
    expect(joan.querySelector('th[scope="row"]')?.textContent).toContain(JOAN.email);
    expect(text(joan)).toContain('Disabled on');
    expect(text(joan)).toContain('Never');
    expect(byTestId<HTMLSelectElement>(`role-${JOAN.email}`)!.value).toBe('auditor');
    expect(text(rowOf(MARIA.email))).toContain('Active');
    expect(byTestId(`enable-${JOAN.email}`)).not.toBeNull();
    expect(byTestId(`disable-${MARIA.email}`)).not.toBeNull();
  });

  it('labels every row control with the user it acts on', () => {
    load();
    const select = byTestId<HTMLSelectElement>(`role-${MARIA.email}`)!;
    expect(text(root().querySelector(`label[for="${select.id}"]`))).toBe(`Role of ${MARIA.email}`);
    expect(Array.from(select.options, (option) => text(option))).toEqual([
      'Administrator',
      'Programme manager',
      'Auditor',
      'Communications',
    ]);
    expect(byTestId(`save-role-${MARIA.email}`)!.getAttribute('aria-label')).toBe(
      `Save role of ${MARIA.email}`,
    );
    expect(byTestId(`reset-${MARIA.email}`)!.getAttribute('aria-label')).toBe(
      `Reset password of ${MARIA.email}`,
    );
  });

  it('offers the signed-in admin no control over their own role or account', () => {
    load();
    const own = rowOf('admin@example.org');
    expect(text(own)).toContain('(you)');
    expect(text(own)).toContain('Administrator');
    expect(own.querySelector('select, button')).toBeNull();
  });

  it('adds a user and shows the temporary password once, with a copy button', async () => {
    load();
    type('new-user-email', '  Nuria.Roca@example.org ');
    type('new-user-role', 'communications');
    click('new-user-submit');

    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).toEqual({
      email: 'Nuria.Roca@example.org',
      role: 'communications',
    });
    const nuria = aManagedUser({
      id: '7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a0b9',
      email: 'nuria.roca@example.org',
      role: 'communications',
      lastLoginAt: null,
    });
    request.flush(aUserWithPassword(nuria, PASSWORD));
    render();

    expect(text(byTestId('temporary-password'))).toBe(PASSWORD);
    expect(text(root())).toContain('Temporary password for nuria.roca@example.org');
    expect(text(root())).toContain('it will not be shown again');
    expect(text(byTestId('users-outcome'))).toBe('nuria.roca@example.org was added.');
    expect(rowOf('nuria.roca@example.org')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('new-user-email')!.value).toBe('');

    const copy = Array.from(root().querySelectorAll('button')).find(
      (button) => text(button) === 'Copy password',
    )!;
    copy.click();
    await fixture.whenStable();
    render();
    expect(writeText).toHaveBeenCalledWith(PASSWORD);
    expect(text(root().querySelector('.temporary-password [role="status"]'))).toBe(
      'The password is copied to the clipboard.',
    );

    click('hide-password');
    expect(byTestId('temporary-password')).toBeNull();
    expect(text(root())).not.toContain(PASSWORD);
  });

  it('says so when the browser refuses to copy', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    load();
    type('new-user-email', 'nuria.roca@example.org');
    type('new-user-role', 'manager');
    click('new-user-submit');
    backend.expectOne('/api/admin/users').flush(aUserWithPassword(MARIA, PASSWORD));
    render();

    Array.from(root().querySelectorAll('button'))
      .find((button) => text(button) === 'Copy password')!
      .click();
    await fixture.whenStable();
    render();
    expect(text(root().querySelector('.temporary-password [role="status"]'))).toBe(
      'The password could not be copied: select it and copy it by hand.',
    );
  });

  it('checks the form before sending: e-mail and role are required', () => {
    load();
    click('new-user-submit');
    backend.expectNone('/api/admin/users', 'no request with an empty form');
    expect(text(root().querySelector('#new-user-email-error'))).toBe('Enter the e-mail address.');
    expect(text(root().querySelector('#new-user-role-error'))).toBe('Choose the role.');
    expect(byTestId('new-user-email')!.getAttribute('aria-describedby')).toBe(
      'new-user-email-error',
    );

    type('new-user-email', 'not an address');
    expect(text(root().querySelector('#new-user-email-error'))).toBe(
      'Enter an e-mail address such as name@example.org.',
    );
  });

  it('shows a taken e-mail address next to the field', () => {
    load();
    type('new-user-email', MARIA.email);
    type('new-user-role', 'manager');
    click('new-user-submit');
    backend
      .expectOne('/api/admin/users')
      .flush(
        { code: 'users.email_taken', message: 'A user with the e-mail address … already exists.' },
        { status: 409, statusText: 'Conflict' },
      );
    render();

    expect(text(root().querySelector('#new-user-email-error'))).toBe(
      'A user with this e-mail address already exists.',
    );
    expect(text(byTestId('new-user-error'))).toBe(
      'The user was not added: check the fields marked below.',
    );
  });

  it("changes a user's role with the select and its save button", () => {
    load();
    const save = byTestId<HTMLButtonElement>(`save-role-${MARIA.email}`)!;
    expect(save.getAttribute('aria-disabled')).toBe('true');
    save.click();
    backend.expectNone(`/api/admin/users/${MARIA.id}/role`, 'unchanged role is not sent');

    type(`role-${MARIA.email}`, 'auditor');
    expect(save.getAttribute('aria-disabled')).toBe('false');
    click(`save-role-${MARIA.email}`);
    const request = backend.expectOne({
      method: 'PUT',
      url: `/api/admin/users/${MARIA.id}/role`,
    });
    expect(request.request.body).toEqual({ role: 'auditor' });
    request.flush({ ...MARIA, role: 'auditor' });
    render();

    expect(text(byTestId('users-outcome'))).toBe(`The role of ${MARIA.email} is now Auditor.`);
    expect(byTestId<HTMLSelectElement>(`role-${MARIA.email}`)!.value).toBe('auditor');
  });

  it('explains a refusal of the API in a banner', () => {
    load();
    type(`role-${MARIA.email}`, 'manager');
    type(`role-${MARIA.email}`, 'admin');
    click(`save-role-${MARIA.email}`);
    backend
      .expectOne(`/api/admin/users/${MARIA.id}/role`)
      .flush(
        { code: 'users.last_admin', message: 'You cannot …' },
        { status: 409, statusText: 'Conflict' },
      );
    render();
    expect(text(byTestId('users-problem'))).toBe(
      `The role of ${MARIA.email} was not changed. Fita needs at least one enabled administrator.`,
    );
  });

  it('disables a user only after confirmation, and a cancel sends nothing', () => {
    load();
    click(`disable-${MARIA.email}`);
    const question = byTestId('user-confirmation')!;
    expect(text(question.querySelector('h3'))).toBe(`Disable ${MARIA.email}?`);
    expect(text(question)).toContain('signed out at once');

    click('cancel-action');
    expect(byTestId('user-confirmation')).toBeNull();
    backend.expectNone(`/api/admin/users/${MARIA.id}/disable`);

    click(`disable-${MARIA.email}`);
    click('confirm-action');
    backend
      .expectOne({ method: 'POST', url: `/api/admin/users/${MARIA.id}/disable` })
      .flush({ ...MARIA, disabledAt: '2024-06-15T12:00:00.000Z' });
    render();

    expect(byTestId('user-confirmation')).toBeNull();
    expect(text(byTestId('users-outcome'))).toBe(`${MARIA.email} is disabled and signed out.`);
    expect(text(rowOf(MARIA.email))).toContain('Disabled on');
    expect(byTestId(`enable-${MARIA.email}`)).not.toBeNull();
  });

  it('enables a disabled user after confirmation', () => {
    load();
    click(`enable-${JOAN.email}`);
    expect(text(byTestId('user-confirmation')!.querySelector('h3'))).toBe(`Enable ${JOAN.email}?`);
    click('confirm-action');
    backend
      .expectOne({ method: 'POST', url: `/api/admin/users/${JOAN.id}/enable` })
      .flush({ ...JOAN, disabledAt: null });
    render();
    expect(text(rowOf(JOAN.email))).toContain('Active');
    expect(text(byTestId('users-outcome'))).toBe(`${JOAN.email} is enabled.`);
  });

  it('resets a password after confirmation and shows the new one once', () => {
    load();
    click(`reset-${MARIA.email}`);
    expect(text(byTestId('user-confirmation')!.querySelector('h3'))).toBe(
      `Reset the password of ${MARIA.email}?`,
    );
    click('confirm-action');
    backend
      .expectOne({ method: 'POST', url: `/api/admin/users/${MARIA.id}/password-reset` })
      .flush(aUserWithPassword(MARIA, PASSWORD));
    render();

    expect(text(byTestId('temporary-password'))).toBe(PASSWORD);
    expect(text(root())).toContain(`New temporary password for ${MARIA.email}`);
    expect(text(byTestId('users-outcome'))).toBe(`The password of ${MARIA.email} was reset.`);
  });

  it('names the refusal of a change that the API turned down', () => {
    load();
    click(`reset-${MARIA.email}`);
    click('confirm-action');
    backend
      .expectOne(`/api/admin/users/${MARIA.id}/password-reset`)
      .flush(
        { code: 'users.not_found', message: 'No user with id …' },
        { status: 404, statusText: 'Not Found' },
      );
    render();
    expect(byTestId('temporary-password')).toBeNull();
    expect(text(byTestId('users-problem'))).toBe(
      `The password of ${MARIA.email} was not reset. This user no longer exists: reload the page.`,
    );
  });

  it('offers a retry when the list cannot be loaded', () => {
    backend
      .expectOne('/api/admin/users')
      .flush({ code: 'x', message: 'Database down.' }, { status: 503, statusText: 'Unavailable' });
    render();
    const alert = root().querySelector('.card [role="alert"].error-box')!;
    expect(text(alert)).toContain('The users could not be loaded. Database down.');

    Array.from(alert.querySelectorAll('button'))
      .find((button) => text(button) === 'Try again')!
      .click();
    render();
    load([theSignedInAdmin()]);
    expect(rowOf('admin@example.org')).not.toBeNull();
  });
});
