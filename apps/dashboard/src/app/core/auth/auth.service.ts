import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, tap } from 'rxjs';
import { NOW } from '../time/now.token';
import { type AuthSession, type LoginCredentials } from './auth-session.model';

/** sessionStorage, so that the token dies with the tab and is not shared between tabs. */
export const SESSION_STORAGE_KEY = 'fita.session';
export const LOGIN_URL = '/api/auth/login';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly now = inject(NOW);
  private readonly state = signal<AuthSession | null>(this.restore());

  readonly session = this.state.asReadonly();
  readonly user = computed(() => this.state()?.user ?? null);
  /** Only hides what an admin alone may use: the API checks the role of every request anyway. */
  readonly isAdmin = computed(() => this.user()?.role === 'admin');

  /** The bearer token, or null when signed out or the session has expired. */
  token(): string | null {
    const session = this.state();
    return session && !this.isExpired(session) ? session.token : null;
  }

  isAuthenticated(): boolean {
    return this.token() !== null;
  }

  login(credentials: LoginCredentials): Observable<AuthSession> {
    return this.http.post<AuthSession>(LOGIN_URL, credentials).pipe(
      tap((session) => {
        sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
        this.state.set(session);
      }),
    );
  }

  logout(): void {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    this.state.set(null);
  }

  private isExpired(session: AuthSession): boolean {
    const expiresAt = Date.parse(session.expiresAt);
    // An unreadable expiry is left to the server to judge: it answers 401 when the token is stale.
    return Number.isFinite(expiresAt) && expiresAt <= this.now().getTime();
  }

  private restore(): AuthSession | null {
    const stored = readStoredSession();
    if (stored && !this.isExpired(stored)) return stored;
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    return null;
  }
}

function readStoredSession(): AuthSession | null {
  const raw = sessionStorage.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isAuthSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isAuthSession(value: unknown): value is AuthSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<AuthSession>;
  return (
    typeof candidate.token === 'string' &&
    typeof candidate.expiresAt === 'string' &&
    typeof candidate.user?.email === 'string'
  );
}
