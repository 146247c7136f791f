import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type PublicationView } from '../../../core/api/publication.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { courseFiltersText, periodText } from '../data/snapshot-label';

/** The question the snapshot answers and its dates: what a quote must not leave out. */
@Component({
  selector: 'fita-snapshot-details',
  imports: [DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="details" data-testid="snapshot-details">
      <div>
        <dt>{{ 'publication.details.period' | t }}</dt>
        <dd>{{ period() }}</dd>
      </div>
      <div>
        <dt>{{ 'publication.details.courses' | t }}</dt>
        <dd>{{ courses() ?? ('publication.details.allCourses' | t) }}</dd>
      </div>
      <div>
        <dt>{{ 'publication.details.cutoff' | t }}</dt>
        <dd>{{ snapshot().cutoff | dateTime }}</dd>
      </div>
      @if (snapshot().approval; as approval) {
        <div>
          <dt>{{ 'publication.details.approved' | t }}</dt>
          <dd>{{ approval.at | dateTime }}</dd>
        </div>
      }
      <div>
        <dt>{{ 'publication.details.definitions' | t }}</dt>
        <dd>{{ snapshot().definitionsVersion }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .details {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 1rem 0 0;
    }
    dt {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
})
export class SnapshotDetailsComponent {
  readonly snapshot = input.required<PublicationView['snapshot']>();

  protected readonly period = computed(() => periodText(this.snapshot().query));
  protected readonly courses = computed(() => courseFiltersText(this.snapshot().query));
}
