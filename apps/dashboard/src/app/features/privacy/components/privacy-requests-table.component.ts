import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { type PrivacyRequest } from '../../../core/api/privacy.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { actorKeysText, personText, statusReasonText } from '../data/request-text';

/** The id of a restriction's lift button, to give the focus back to it. */
export function liftButtonId(request: Pick<PrivacyRequest, 'id'>): string {
  return `privacy-request-${request.id}-lift`;
}

/** Every request, newest first, with where it stands and a lift button on active restrictions. */
@Component({
  selector: 'fita-privacy-requests-table',
  imports: [DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="data-table" data-testid="privacy-requests">
      <caption class="visually-hidden">
        {{
          'privacy.list.caption' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'privacy.col.reference' | t }}</th>
          <th scope="col">{{ 'privacy.col.kind' | t }}</th>
          <th scope="col">{{ 'privacy.col.person' | t }}</th>
          <th scope="col">{{ 'privacy.col.recorded' | t }}</th>
          <th scope="col">{{ 'privacy.col.status' | t }}</th>
          <th scope="col">{{ 'privacy.col.executed' | t }}</th>
          <th scope="col">{{ 'privacy.col.actions' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (request of requests(); track request.id) {
          <tr [attr.data-testid]="'privacy-request-' + request.reference">
            <th scope="row" class="reference">{{ request.reference }}</th>
            <td>{{ 'privacy.kind.' + request.kind | t }}</td>
            <td>
              {{ person(request) }}
              <span class="muted">{{ actorKeys(request) }}</span>
            </td>
            <td class="nowrap">
              {{ request.recordedAt | dateTime }}
              <span class="muted">{{
                'privacy.recorded.by' | t: { email: request.recordedBy.email }
              }}</span>
            </td>
            <td [attr.data-testid]="'privacy-status-' + request.reference">
              <!-- &ngsp; keeps a space between status and reason in the text read out. -->
              <strong
                class="status"
                [class.status--pending]="request.status === 'waiting' || request.status === 'due'"
                >{{ 'privacy.status.' + request.status | t }}</strong>&ngsp;<span class="reason">{{
                reason(request)
              }}</span>
            </td>
            <td class="nowrap">
              @if (request.executedAt; as executedAt) {
                {{ executedAt | dateTime }}
              } @else {
                <span aria-hidden="true">—</span>
              }
            </td>
            <td>
              @if (request.kind === 'restriction' && request.status === 'active') {
                <button
                  type="button"
                  class="button button--secondary button--small"
                  [id]="liftButtonId(request)"
                  [attr.data-testid]="'lift-' + request.reference"
                  [attr.aria-label]="
                    'privacy.action.liftLabel' | t: { reference: request.reference }
                  "
                  [attr.aria-disabled]="busy()"
                  (click)="ask(request)"
                >
                  {{ 'privacy.action.lift' | t }}
                </button>
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .reference {
      word-break: break-word;
    }
    .muted,
    .reason {
      display: block;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
    .reason {
      max-width: 28rem;
    }
    .status--pending {
      color: var(--color-warning-text);
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
})
export class PrivacyRequestsTableComponent {
  readonly requests = input.required<readonly PrivacyRequest[]>();
  /** A lift is running: the buttons wait for it. */
  readonly busy = input(false);
  readonly lift = output<PrivacyRequest>();

  protected readonly liftButtonId = liftButtonId;
  private readonly translator = inject(Translator);
  private readonly t = this.translator.t.bind(this.translator);

  protected person(request: PrivacyRequest): string {
    return personText(this.t, request);
  }

  protected actorKeys(request: PrivacyRequest): string {
    return actorKeysText(this.t, request);
  }

  protected reason(request: PrivacyRequest): string {
    return statusReasonText(this.t, request);
  }

  protected ask(request: PrivacyRequest): void {
    if (!this.busy()) this.lift.emit(request);
  }
}
