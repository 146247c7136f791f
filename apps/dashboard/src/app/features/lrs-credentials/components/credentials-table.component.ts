import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type LrsCredential } from '../../../core/api/lrs-credentials.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';

/** The id of a credential's revoke button, to give the focus back to it. */
export function revokeButtonId(credential: Pick<LrsCredential, 'id'>): string {
  return `credential-${credential.id}-revoke`;
}

/** Every credential, revoked ones too, with a revoke button on the active ones. */
@Component({
  selector: 'fita-credentials-table',
  imports: [DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="data-table" data-testid="credentials">
      <caption class="visually-hidden">
        {{
          'lrsCredentials.list.caption' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'lrsCredentials.col.key' | t }}</th>
          <th scope="col">{{ 'lrsCredentials.col.name' | t }}</th>
          <th scope="col">{{ 'lrsCredentials.col.scopes' | t }}</th>
          <th scope="col">{{ 'lrsCredentials.col.created' | t }}</th>
          <th scope="col">{{ 'lrsCredentials.col.status' | t }}</th>
          <th scope="col">{{ 'lrsCredentials.col.actions' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (credential of credentials(); track credential.id) {
          <tr [attr.data-testid]="'credential-' + credential.key">
            <th scope="row">
              <code>{{ credential.key }}</code>
            </th>
            <td>{{ credential.name }}</td>
            <td>
              <ul class="scopes">
                @for (scope of credential.scopes; track scope) {
                  <li>
                    <code>{{ scope }}</code>
                  </li>
                }
              </ul>
            </td>
            <td class="nowrap">{{ credential.createdAt | dateTime }}</td>
            <td>
              @if (credential.revokedAt; as revokedAt) {
                <span class="revoked">
                  {{ 'lrsCredentials.status.revoked' | t: { date: (revokedAt | dateTime) } }}
                </span>
              } @else {
                {{ 'lrsCredentials.status.active' | t }}
              }
            </td>
            <td>
              @if (!credential.revokedAt) {
                <button
                  type="button"
                  class="button button--secondary button--small"
                  [id]="revokeButtonId(credential)"
                  [attr.data-testid]="'revoke-' + credential.key"
                  [attr.aria-label]="
                    'lrsCredentials.action.revokeLabel' | t: { key: credential.key }
                  "
                  [attr.aria-disabled]="busy()"
                  (click)="ask(credential)"
                >
                  {{ 'lrsCredentials.action.revoke' | t }}
                </button>
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .scopes {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .revoked {
      color: var(--color-warning-text);
      font-weight: 600;
    }
    .nowrap {
      white-space: nowrap;
    }
    th code {
      word-break: break-all;
    }
  `,
})
export class CredentialsTableComponent {
  readonly credentials = input.required<readonly LrsCredential[]>();
  /** A revocation is running: the buttons wait for it. */
  readonly busy = input(false);
  readonly revoke = output<LrsCredential>();

  protected readonly revokeButtonId = revokeButtonId;

  protected ask(credential: LrsCredential): void {
    if (!this.busy()) this.revoke.emit(credential);
  }
}
