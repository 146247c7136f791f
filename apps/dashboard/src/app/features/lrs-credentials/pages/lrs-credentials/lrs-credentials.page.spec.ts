import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { anAdminSession } from '../../../../../testing/api-fixtures';
import { anLrsCredential } from '../../../../../testing/users-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { LRS_CREDENTIALS_MESSAGES } from '../../lrs-credentials.messages';
import { LrsCredentialsPage } from './lrs-credentials.page';

const MOODLE = anLrsCredential();
const OLD = anLrsCredential({
  id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  key: 'fita-old-lms',
  name: 'Old LMS',
  scopes: ['all'],
  revokedAt: '2024-05-01T10:00:00.000Z',
});
const SECRET = 'q8Z1xW3vU5tS7rQ9pO0nM2lK4jI6hG8f';

describe('LrsCredentialsPage', () => {
  let fixture: ComponentFixture<LrsCredentialsPage>;
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
        provideMessages(SHARED_MESSAGES, LRS_CREDENTIALS_MESSAGES),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LrsCredentialsPage);
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

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    render();
  }

  function tick(id: string, checked: boolean): void {
    const box = byTestId<HTMLInputElement>(id)!;
    box.checked = checked;
    box.dispatchEvent(new Event('change'));
    render();
  }

  function load(credentials = [MOODLE, OLD]): void {
    backend.expectOne({ method: 'GET', url: '/api/admin/lrs-credentials' }).flush(credentials);
    render();
  }

  function cellsOf(table: Element): string[][] {
    return Array.from(table.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  it('lists credentials with scopes and status in a captioned table, revoked ones without a button', () => {
    load();
    expect(text(root().querySelector('h1'))).toBe('LRS credentials');
    expect(text(byTestId('endpoint'))).toBe('http://localhost/xapi/');
    const table = byTestId('credentials')!;
    expect(text(table.querySelector('caption'))).toBe(
      'LRS credentials, oldest first, with their scopes and status',
    );
    const [moodle, old] = cellsOf(table);
    expect(moodle?.slice(0, 2)).toEqual(['fita-moodle-prod', 'Moodle production']);
    const scopes = byTestId('credential-fita-moodle-prod')!.querySelectorAll('li');
    expect(Array.from(scopes, (item) => text(item))).toEqual([
      'statements/write',
      'statements/read/mine',
    ]);
    expect(moodle?.[4]).toBe('Active');
    expect(old?.[4]).toMatch(/^Revoked on /);
    expect(byTestId('revoke-fita-moodle-prod')!.getAttribute('aria-label')).toBe(
      'Revoke fita-moodle-prod',
    );
    expect(byTestId('revoke-fita-old-lms')).toBeNull();
  });

  it('labels every scope with what it allows, statements/write ticked by default', () => {
    load();
    const write = byTestId<HTMLInputElement>('new-credential-scope-statements-write')!;
    expect(write.checked).toBe(true);
    expect(text(root().querySelector(`label[for="${write.id}"]`))).toBe(
      'statements/write Send statements',
    );
    const mine = byTestId<HTMLInputElement>('new-credential-scope-statements-read-mine')!;
    expect(mine.checked).toBe(false);
    expect(text(root().querySelector(`label[for="${mine.id}"]`))).toBe(
      'statements/read/mine Read only the statements it sent',
    );
    expect(text(root().querySelector('fieldset legend'))).toBe('Scopes');
  });

  it('creates a credential and shows its secret once, with the endpoint and a Basic example', async () => {
    load();
    type('new-credential-name', '  Moodle staging ');
    tick('new-credential-scope-statements-read-mine', true);
    click('new-credential-submit');

    const request = backend.expectOne({ method: 'POST', url: '/api/admin/lrs-credentials' });
    expect(request.request.body).toEqual({
      name: 'Moodle staging',
      scopes: ['statements/write', 'statements/read/mine'],
    });
    request.flush({ key: 'fita-staging1', secret: SECRET });
    render();
    // The list is read again, so that the new row shows its name, scopes and date.
    const staging = anLrsCredential({ id: 'x', key: 'fita-staging1', name: 'Moodle staging' });
    load([MOODLE, OLD, staging]);

    expect(text(root())).toContain('Credential fita-staging1 created');
    expect(text(root())).toContain('it will not be shown again');
    expect(text(byTestId('created-secret'))).toBe(SECRET);
    expect(text(byTestId('created-endpoint'))).toBe('http://localhost/xapi/');
    expect(text(byTestId('created-header'))).toBe(
      `Authorization: Basic ${btoa(`fita-staging1:${SECRET}`)}`,
    );
    expect(byTestId('created-example')!.textContent).toContain(`curl -u 'fita-staging1:${SECRET}'`);
    expect(text(byTestId('credentials-outcome'))).toBe('Credential fita-staging1 created.');
    expect(byTestId('credential-fita-staging1')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('new-credential-name')!.value).toBe('');

    Array.from(root().querySelectorAll('button'))
      .find((button) => text(button) === 'Copy secret')!
      .click();
    await fixture.whenStable();
    render();
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(text(root().querySelector('.created [role="status"]'))).toBe('Copied to the clipboard.');

    click('hide-secret');
    expect(byTestId('created-secret')).toBeNull();
    expect(text(root())).not.toContain(SECRET);
  });

  it('sends a chosen key, and refuses a malformed one, a missing name or no scope before sending', () => {
    load();
    tick('new-credential-scope-statements-write', false);
    type('new-credential-key', 'short');
    click('new-credential-submit');
    backend.expectNone('/api/admin/lrs-credentials');
    expect(text(root().querySelector('#new-credential-name-error'))).toBe('Enter a name.');
    expect(text(root().querySelector('#new-credential-scopes-error'))).toBe(
      'Choose at least one scope.',
    );
    expect(text(root().querySelector('#new-credential-key-error'))).toBe(
      'Use 8 to 64 characters of A–Z a–z 0–9 . _ ~ -, or leave it empty.',
    );

    type('new-credential-name', 'Canvas');
    type('new-credential-key', 'canvas-prod-01');
    tick('new-credential-scope-all', true);
    click('new-credential-submit');
    const request = backend.expectOne('/api/admin/lrs-credentials');
    expect(request.request.body).toEqual({
      name: 'Canvas',
      scopes: ['all'],
      key: 'canvas-prod-01',
    });
    request.flush(
      { code: 'lrs.credential_key_taken', message: 'An LRS credential with key … already exists.' },
      { status: 409, statusText: 'Conflict' },
    );
    render();
    expect(text(root().querySelector('#new-credential-key-error'))).toBe(
      'Another credential already has this key.',
    );
    expect(text(byTestId('new-credential-error'))).toBe(
      'The credential was not created: check the fields marked below.',
    );
  });

  it("shows the API's problems with single scopes next to the scopes", () => {
    load();
    type('new-credential-name', 'Canvas');
    click('new-credential-submit');
    backend.expectOne('/api/admin/lrs-credentials').flush(
      {
        code: 'request.invalid',
        message: 'Invalid LRS credential',
        details: [{ field: 'scopes.0', message: 'must be among: …' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    render();
    expect(text(root().querySelector('#new-credential-scopes-error'))).toBe('must be among: …');
  });

  it('revokes a credential only after confirmation', () => {
    load();
    click('revoke-fita-moodle-prod');
    const question = byTestId('revoke-confirmation')!;
    expect(text(question.querySelector('h3'))).toBe('Revoke fita-moodle-prod (Moodle production)?');
    click('cancel-revoke');
    expect(byTestId('revoke-confirmation')).toBeNull();
    backend.expectNone('/api/admin/lrs-credentials/fita-moodle-prod');

    click('revoke-fita-moodle-prod');
    click('confirm-revoke');
    backend
      .expectOne({ method: 'DELETE', url: '/api/admin/lrs-credentials/fita-moodle-prod' })
      .flush({ ...MOODLE, revokedAt: '2024-06-15T12:00:00.000Z' });
    render();

    expect(byTestId('revoke-confirmation')).toBeNull();
    expect(byTestId('revoke-fita-moodle-prod')).toBeNull();
    expect(cellsOf(byTestId('credentials')!)[0]?.[4]).toMatch(/^Revoked on /);
    expect(text(byTestId('credentials-outcome'))).toBe('Credential fita-moodle-prod revoked.');
  });

  it('explains a failed revocation in a banner', () => {
    load();
    click('revoke-fita-moodle-prod');
    click('confirm-revoke');
    backend
      .expectOne('/api/admin/lrs-credentials/fita-moodle-prod')
      .flush(
        { code: 'lrs.credential_not_found', message: 'No active LRS credential …' },
        { status: 404, statusText: 'Not Found' },
      );
    render();
    expect(text(byTestId('credentials-problem'))).toBe(
      'Credential fita-moodle-prod was not revoked. No active credential has this key any more: reload the page.',
    );
  });

  it('offers a retry when the list cannot be loaded, and says when it is empty', () => {
    backend
      .expectOne('/api/admin/lrs-credentials')
      .flush({ code: 'x', message: 'Database down.' }, { status: 503, statusText: 'Unavailable' });
    render();
    const alert = root().querySelector('.card [role="alert"].error-box')!;
    expect(text(alert)).toContain('The credentials could not be loaded. Database down.');
    Array.from(alert.querySelectorAll('button'))
      .find((button) => text(button) === 'Try again')!
      .click();
    render();
    load([]);
    expect(text(root())).toContain('There are no credentials yet.');
  });
});
