import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, of, switchMap } from 'rxjs';
import { type AuditFilters, type AuditPage, NO_AUDIT_FILTERS } from '../../../core/api/audit.model';
import { AuditService } from '../../../core/api/audit.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { UsersService } from '../../../core/api/users.service';

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log page: the filters, the page shown and its events. Provided by
 * the page, so that its requests stop when it goes away.
 */
@Injectable()
export class AuditLogStore {
  private readonly api = inject(AuditService);
  private readonly usersApi = inject(UsersService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly filtersState = signal<AuditFilters>(NO_AUDIT_FILTERS);
  private readonly pageState = signal(1);
  private readonly eventsState = signal<Remote<AuditPage>>(remoteLoading());
  private readonly userEmailsState = signal<ReadonlyMap<string, string>>(new Map());

  readonly filters = this.filtersState.asReadonly();
  readonly page = this.pageState.asReadonly();
  readonly events = this.eventsState.asReadonly();
  /** E-mail addresses by user id: subjects that are users read as their address. */
  readonly userEmails = this.userEmailsState.asReadonly();
  /** Suggestions for the user filter. */
  readonly emails = computed(() => [...this.userEmailsState().values()].sort());
  readonly pages = computed(() => {
    const answer = this.eventsState().value;
    return answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1;
  });

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        switchMap(() =>
          fetchRemote(
            this.api.page(this.filtersState(), this.pageState(), AUDIT_PAGE_SIZE),
            this.eventsState().value,
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.eventsState.set(state));
    this.loads.next();
    // Names and suggestions only: the log reads the same without them.
    this.usersApi
      .list()
      .pipe(
        catchError(() => of([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((users) =>
        this.userEmailsState.set(new Map(users.map((user) => [user.id, user.email]))),
      );
  }

  /** New filters start again at the newest events. */
  apply(filters: AuditFilters): void {
    this.filtersState.set(filters);
    this.pageState.set(1);
    this.loads.next();
  }

  goTo(page: number): void {
    if (page < 1 || page > this.pages() || page === this.pageState()) return;
    this.pageState.set(page);
    this.loads.next();
  }

  retry(): void {
    this.loads.next();
  }
}
