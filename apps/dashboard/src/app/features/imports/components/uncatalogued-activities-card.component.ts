import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type Course, type UncataloguedActivity } from '../../../core/api/courses.model';
import { type Remote } from '../../../core/api/remote';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';

/** Activities statements treat as courses that the catalogue still lacks, the most used first. */
@Component({
  selector: 'fita-uncatalogued-activities-card',
  imports: [CountPipe, LocalTextPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="uncatalogued-title"
      [attr.aria-busy]="activities().status === 'loading'"
    >
      <h2 id="uncatalogued-title" class="card__title">
        {{ 'imports.uncatalogued.title' | t }}
      </h2>
      <p class="card__subtitle">
        @if (courses().value; as catalogue) {
          @if (catalogue.length === 1) {
            {{ 'imports.uncatalogued.holdsOne' | t: { n: (catalogue.length | count) } }}
          } @else {
            {{ 'imports.uncatalogued.holdsMany' | t: { n: (catalogue.length | count) } }}
          }
        }
        {{ 'imports.uncatalogued.lead' | t: { limit: (limit() | count) } }}
      </p>

      @if (activities().value; as list) {
        @if (list.length > 0) {
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="uncatalogued-title">
            <table class="data-table" data-testid="uncatalogued-activities">
              <caption class="visually-hidden">
                {{
                  'imports.uncatalogued.caption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'imports.uncatalogued.activityId' | t }}</th>
                  <th scope="col">{{ 'imports.uncatalogued.name' | t }}</th>
                  <th scope="col" class="numeric">{{ 'imports.uncatalogued.statements' | t }}</th>
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
          <p class="empty-note">{{ 'imports.uncatalogued.none' | t }}</p>
        }
      } @else if (activities().status === 'error') {
        <div class="error-box" role="alert">
          <p>{{ 'imports.uncatalogued.failed' | t: { reason: activities().error ?? '' } }}</p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        </div>
      } @else {
        <p class="loading-note">{{ 'common.loading' | t }}</p>
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
