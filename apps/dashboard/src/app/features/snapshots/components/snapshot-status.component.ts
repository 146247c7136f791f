import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type SnapshotSummary } from '../../../core/api/snapshots.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { shortId } from '../data/snapshot-query';

/**
 * Where a snapshot stands: draft or approved (by whom, when), superseded
 * (by which, and why when known), and what it corrects.
 */
@Component({
  selector: 'fita-snapshot-status',
  imports: [DateTimePipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = snapshot();
    <ul class="status" [attr.data-testid]="'status-' + current.id">
      @if (current.supersededBy; as by) {
        <li class="status__superseded">
          <a [routerLink]="['/snapshots', by.id]">
            {{
              'snapshots.status.superseded'
                | t: { id: short(by.id), by: by.by, at: (by.at | dateTime) }
            }}
          </a>
          @if (supersedeReason(); as reason) {
            <span class="status__reason">{{ 'snapshots.status.reason' | t: { reason } }}</span>
          }
        </li>
      }
      @if (current.approval; as approval) {
        <li>
          {{
            'snapshots.status.approved' | t: { by: approval.by.email, at: (approval.at | dateTime) }
          }}
        </li>
      } @else {
        <li>{{ 'snapshots.status.draft' | t }}</li>
      }
      @if (current.supersedes; as corrected) {
        <li>
          <a [routerLink]="['/snapshots', corrected.id]">
            {{ 'snapshots.status.corrects' | t: { id: short(corrected.id) } }}
          </a>
          <span class="status__reason">{{
            'snapshots.status.reason' | t: { reason: corrected.reason }
          }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .status {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .status li + li {
      margin-top: 0.35rem;
    }
    .status__superseded {
      font-weight: 600;
    }
    .status__reason {
      display: block;
      font-weight: 400;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      overflow-wrap: anywhere;
    }
  `,
})
export class SnapshotStatusComponent {
  readonly snapshot = input.required<SnapshotSummary>();
  /** Kept with the correction: known when the page lists it too. */
  readonly supersedeReason = input<string | null>(null);

  protected readonly short = shortId;
}
