import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type UserRole } from '../auth/auth-session.model';
import { type ManagedUser, type NewUser, type UserWithPassword } from './users.model';

const USERS_URL = '/api/admin/users';

/** Dashboard users, for admins: the API refuses every other role. */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  /** By e-mail address. */
  list(): Observable<ManagedUser[]> {
    return this.http.get<ManagedUser[]>(USERS_URL);
  }

  create(user: NewUser): Observable<UserWithPassword> {
    return this.http.post<UserWithPassword>(USERS_URL, user);
  }

  /** Refused (409) for your own role and for the last enabled admin. */
  changeRole(id: string, role: UserRole): Observable<ManagedUser> {
    return this.http.put<ManagedUser>(`${userUrl(id)}/role`, { role });
  }

  /** Ends the user's sessions too; refused (409) for yourself and the last enabled admin. */
  disable(id: string): Observable<ManagedUser> {
    return this.http.post<ManagedUser>(`${userUrl(id)}/disable`, null);
  }

  enable(id: string): Observable<ManagedUser> {
    return this.http.post<ManagedUser>(`${userUrl(id)}/enable`, null);
  }

  /** A new temporary password, in the answer only; the old one and the user's sessions stop working. */
  resetPassword(id: string): Observable<UserWithPassword> {
    return this.http.post<UserWithPassword>(`${userUrl(id)}/password-reset`, null);
  }
}

function userUrl(id: string): string {
  return `${USERS_URL}/${encodeURIComponent(id)}`;
}
