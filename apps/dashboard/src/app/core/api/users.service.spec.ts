import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aManagedUser, aUserWithPassword } from '../../../testing/users-fixtures';
import { UsersService } from './users.service';

describe('UsersService', () => {
  let service: UsersService;
  let backend: HttpTestingController;
  const user = aManagedUser();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(UsersService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists the users', () => {
    let answer: unknown;
    service.list().subscribe((users) => (answer = users));
    backend.expectOne({ method: 'GET', url: '/api/admin/users' }).flush([user]);
    expect(answer).toEqual([user]);
  });

  it('creates a user and hands back the temporary password', () => {
    let answer: unknown;
    service
      .create({ email: user.email, role: 'manager' })
      .subscribe((created) => (answer = created));
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).toEqual({ email: user.email, role: 'manager' });
    request.flush(aUserWithPassword(user, 'secret-once'));
    expect(answer).toEqual(aUserWithPassword(user, 'secret-once'));
  });

  it('changes a role by the user id', () => {
    service.changeRole(user.id, 'auditor').subscribe();
    const request = backend.expectOne({ method: 'PUT', url: `/api/admin/users/${user.id}/role` });
    expect(request.request.body).toEqual({ role: 'auditor' });
    request.flush({ ...user, role: 'auditor' });
  });

  it('disables, enables and resets a password through their own routes', () => {
    service.disable(user.id).subscribe();
    backend
      .expectOne({ method: 'POST', url: `/api/admin/users/${user.id}/disable` })
      .flush({ ...user, disabledAt: '2024-06-15T12:00:00.000Z' });
    service.enable(user.id).subscribe();
    backend.expectOne({ method: 'POST', url: `/api/admin/users/${user.id}/enable` }).flush(user);
    service.resetPassword(user.id).subscribe();
    backend
      .expectOne({ method: 'POST', url: `/api/admin/users/${user.id}/password-reset` })
      .flush(aUserWithPassword(user));
  });

  it('keeps an id with odd characters in one path segment', () => {
    service.enable('a/b').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/admin/users/a%2Fb/enable' }).flush(user);
  });
});
