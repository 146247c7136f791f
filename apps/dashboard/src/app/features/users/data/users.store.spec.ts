import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  aManagedUser,
  aUserWithPassword,
  theSignedInAdmin,
} from '../../../../testing/users-fixtures';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { USERS_MESSAGES } from '../users.messages';
import { UsersStore } from './users.store';

describe('UsersStore', () => {
  let store: UsersStore;
  let backend: HttpTestingController;
  const maria = aManagedUser();
  const admin = theSignedInAdmin();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideMessages(USERS_MESSAGES),
        UsersStore,
      ],
    });
    store = TestBed.inject(UsersStore);
    backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/admin/users').flush([admin, maria]);
  });

  afterEach(() => backend.verify());

  it('sends one change at a time', () => {
    store.changeRole(maria, 'auditor');
    store.changeRole(maria, 'communications');
    const request = backend.expectOne(`/api/admin/users/${maria.id}/role`);
    expect(request.request.body).toEqual({ role: 'auditor' });
    expect(store.busy()).toBe(maria.id);
    request.flush({ ...maria, role: 'auditor' });
    expect(store.busy()).toBeNull();
  });

  it('adds a new user in e-mail order and keeps the password until it is hidden', () => {
    const berta = aManagedUser({ id: 'b', email: 'berta@example.org' });
    store.create({ email: berta.email, role: 'manager' });
    backend.expectOne('/api/admin/users').flush(aUserWithPassword(berta, 'once-only-password'));

    expect(store.users().value?.map((user) => user.email)).toEqual([
      'admin@example.org',
      'berta@example.org',
      'maria.puig@example.org',
    ]);
    expect(store.revealed()).toEqual({
      email: berta.email,
      password: 'once-only-password',
      reason: 'created',
    });
    store.dismissPassword();
    expect(store.revealed()).toBeNull();
  });

  it('reveals nothing when the admin chose the password', () => {
    store.create({ email: 'carme@example.org', role: 'auditor', password: 'a chosen passphrase' });
    backend
      .expectOne('/api/admin/users')
      .flush(aUserWithPassword(aManagedUser({ id: 'c', email: 'carme@example.org' }), null));
    expect(store.revealed()).toBeNull();
    expect(store.creation().status).toBe('saved');
  });

  it('runs nothing on confirm when no change waits for it', () => {
    store.confirm();
    backend.expectNone(() => true);
    expect(store.busy()).toBeNull();
  });
});
