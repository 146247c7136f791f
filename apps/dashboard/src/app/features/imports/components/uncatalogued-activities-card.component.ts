import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type Course, type UncataloguedActivity } from '../../../core/api/courses.model';
import { type Remote } from '../../../core/api/remote';
import { CountPipe } from '../../../shared/format/count.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';

/** Activities statements treat as courses that the catalogue still lacks, the most used first. */
@Component({
  selector: 'fita-uncatalogued-activities-card',
  imports: [CountPipe, LocalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="uncatalogued-title"
      [attr.aria-busy]="activities().status === 'loading'"
    >
      <h2 id="uncatalogued-title" class="card__title">Activities missing from the catalogue</h2>
      <p class="card__subtitle">
        @if (courses().value; as catalogue) {
          The catalogue holds {{ catalogue.length | count }}
          {{ catalogue.length === 1 ? 'course' : 'courses' }}.
        }
        Statements mention these activities as courses would be; add them to the catalogue file. The
        {{ limit() | count }} most used are listed.
      </p>

      @if (activities().value; as list) {
        @if (list.length > 0) {
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="uncatalogued-title">
            <table class="data-table" data-testid="uncatalogued-activities">
              <thead>
                <tr>
                  <th scope="col">Activity id</th>
                  <th scope="col">Name</th>
                  <th scope="col" class="numeric">Statements</th>
                </tr>
              </thead>
              <tbody>
                @for (activity of list; track activity.activityId) {
                  <tr>
                    <th scope="row" class="activity-id">{{ activity.activityId }}</th>
                    <td>
                      {{ (activity.name | localText) ?? '—' }}
                      @if (activity.type) {
                        <span class="activity-type">{{ activity.type }}</span>
                      }
                    </td>
                    <td class="numeric">{{ activity.statements | count }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="empty-note">Every activity statements mention is in the catalogue.</p>
        }
      } @else if (activities().status === 'error') {
        <div class="error-box" role="alert">
          <p>
            The activities missing from the catalogue could not be loaded. {{ activities().error }}
          </p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            Try again
          </button>
        </div>
      } @else {
        <p class="loading-note">Loading…</p>
      }
    </section>
  `,
  styles: `
    .activity-id {
      font-weight: 400;
      word-break: break-all;
    }
    .activity-type {
      display: block;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
      word-break: break-all;
    }
  `,
})
export class UncataloguedActivitiesCardComponent {
  readonly courses = input.required<Remote<readonly Course[]>>();
  readonly activities = input.required<Remote<readonly UncataloguedActivity[]>>();
  readonly limit = input.required<number>();
  readonly retry = output<void>();
}
