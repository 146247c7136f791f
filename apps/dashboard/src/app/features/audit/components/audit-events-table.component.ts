import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type AuditEvent } from '../../../core/api/audit.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { actionText, detailsText, subjectText } from '../data/audit-event-text';

interface EventRow {
  readonly event: AuditEvent;
  readonly action: string;
  readonly subject: string;
  /** Snapshots have a page of their own. */
  readonly subjectLink: string | null;
  readonly details: string;
}

/** The events of one page, newest first, each in words. */
@Component({
  selector: 'fita-audit-events-table',
  imports: [DateTimePipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="data-table" data-testid="audit-events">
      <caption class="visually-hidden">
        {{
          'audit.list.caption' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'audit.col.when' | t }}</th>
          <th scope="col">{{ 'audit.col.who' | t }}</th>
          <th scope="col">{{ 'audit.col.role' | t }}</th>
          <th scope="col">{{ 'audit.col.action' | t }}</th>
          <th scope="col">{{ 'audit.col.subject' | t }}</th>
          <th scope="col">{{ 'audit.col.details' | t }}</th>
          <th scope="col">{{ 'audit.col.address' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.event.id) {
          <tr [attr.data-testid]="'audit-event-' + row.event.id">
            <th scope="row" class="audit-table__when">
              <time [attr.datetime]="row.event.at">{{ row.event.at | dateTime }}</time>
            </th>
            <td class="audit-table__who">
              {{ row.event.user?.email ?? ('audit.who.none' | t) }}
            </td>
            <td>
              @if (row.event.user; as user) {
                {{ 'role.' + user.role | t }}
              }
            </td>
            <td>{{ row.action }}</td>
            <td>
              @if (row.subjectLink; as link) {
                <a [routerLink]="link">{{ row.subject }}</a>
              } @else {
                {{ row.subject }}
              }
            </td>
            <td class="audit-table__details">{{ row.details }}</td>
            <td class="audit-table__address">{{ row.event.clientAddress ?? '' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .audit-table__when,
    .audit-table__address {
      white-space: nowrap;
      font-weight: 400;
    }
    .audit-table__who,
    .audit-table__details {
      word-break: break-word;
    }
  `,
})
export class AuditEventsTableComponent {
  readonly events = input.required<readonly AuditEvent[]>();
  readonly userEmails = input<ReadonlyMap<string, string>>(new Map());

  private readonly translator = inject(Translator);

  protected readonly rows = computed(() => {
    const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
      this.translator.t(key, params);
    return this.events().map((event): EventRow => ({
      event,
      action: actionText(t, event.action),
      subject: subjectText(t, event.subject, this.userEmails()),
      subjectLink:
        event.subject?.type === 'snapshot' && event.subject.id
          ? `/snapshots/${event.subject.id}`
          : null,
      details: detailsText(t, event),
    }));
  });
}
