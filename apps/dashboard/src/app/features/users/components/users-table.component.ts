import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { USER_ROLES, type ManagedUser } from '../../../core/api/users.model';
import { type UserRole } from '../../../core/auth/auth-session.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { type PendingAction } from '../data/users.store';

export interface RoleChange {
  readonly user: ManagedUser;
  readonly role: UserRole;
}

/** The id of the button that opens `action` for a user, to give the focus back to it. */
export function actionButtonId(user: Pick<ManagedUser, 'id'>, action: 'status' | 'reset'): string {
  return `user-${user.id}-${action}`;
}

/**
 * Every user with role, status and sign-ins, and the controls to change
 * them. The signed-in admin's own row has none: the API refuses those changes.
 */
@Component({
  selector: 'fita-users-table',
  imports: [DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-table.component.html',
  styleUrl: './users-table.component.css',
})
export class UsersTableComponent {
  readonly users = input.required<readonly ManagedUser[]>();
  /** The signed-in admin, whose row is read-only. */
  readonly selfEmail = input<string | null>(null);
  /** A change is being sent: the controls wait for it. */
  readonly busy = input(false);
  readonly roleChange = output<RoleChange>();
  readonly action = output<PendingAction>();

  protected readonly roles = USER_ROLES;
  protected readonly actionButtonId = actionButtonId;
  /** Roles chosen in the selects and not saved yet, by user id. */
  private readonly chosen = signal<Readonly<Record<string, UserRole>>>({});

  protected isSelf(user: ManagedUser): boolean {
    return user.email === this.selfEmail()?.toLowerCase();
  }

  protected chosenRole(user: ManagedUser): UserRole {
    return this.chosen()[user.id] ?? user.role;
  }

  protected choose(user: ManagedUser, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const role = USER_ROLES.find((candidate) => candidate === value);
    if (role) this.chosen.update((chosen) => ({ ...chosen, [user.id]: role }));
  }

  protected saveRole(user: ManagedUser): void {
    const role = this.chosenRole(user);
    if (this.busy() || role === user.role) return;
    this.roleChange.emit({ user, role });
  }

  protected ask(action: PendingAction['action'], user: ManagedUser): void {
    if (!this.busy()) this.action.emit({ action, user });
  }
}
