import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  type MissingDemographics,
  type PersonsWithoutDemographics,
} from '../../../core/api/quality.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';

/** Text keys of the demographics, in the registry's column order. */
const DEMOGRAPHIC_LABELS: Readonly<Record<keyof MissingDemographics, string>> = {
  sex: 'quality.persons.sex',
  birthYear: 'quality.persons.birthYear',
  iscedLevel: 'quality.persons.iscedLevel',
  employmentStatus: 'quality.persons.employmentStatus',
  municipality: 'quality.persons.municipality',
};

/** Who the breakdowns count as unknown, and which registry columns to complete. */
@Component({
  selector: 'fita-persons-without-demographics',
  imports: [CountPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="persons-title">
      <h2 id="persons-title" class="card__title">{{ 'quality.persons.title' | t }}</h2>
      <p class="card__subtitle">{{ 'quality.persons.lead' | t }}</p>

      <dl class="totals" data-testid="persons-totals">
        <div>
          <dt>{{ 'quality.persons.registered' | t }}</dt>
          <dd>{{ persons().registered | count }}</dd>
        </div>
        <div>
          <dt>{{ 'quality.persons.unregistered' | t }}</dt>
          <dd>{{ persons().unregisteredActors | count }}</dd>
        </div>
      </dl>

      @if (persons().registered === 0) {
        <p class="empty-note" data-testid="persons-empty">
          {{ 'quality.persons.emptyRegistry' | t }}
        </p>
      } @else if (complete()) {
        <p class="empty-note" data-testid="persons-complete">
          {{ 'quality.persons.complete' | t }}
        </p>
      } @else {
        <table class="data-table" data-testid="missing-demographics">
          <caption class="visually-hidden">
            {{
              'quality.persons.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'quality.persons.demographic' | t }}</th>
              <th scope="col" class="numeric">{{ 'quality.persons.missing' | t }}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{{ 'quality.persons.noneAtAll' | t }}</th>
              <td class="numeric">{{ persons().registeredWithoutAny | count }}</td>
            </tr>
            @for (row of rows(); track row.label) {
              <tr>
                <th scope="row">{{ row.label | t }}</th>
                <td class="numeric">{{ row.missing | count }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 1rem 0;
    }
    .totals dt {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
    .totals dd {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class PersonsWithoutDemographicsComponent {
  readonly persons = input.required<PersonsWithoutDemographics>();

  protected readonly rows = computed(() =>
    (Object.keys(DEMOGRAPHIC_LABELS) as (keyof MissingDemographics)[]).map((field) => ({
      label: DEMOGRAPHIC_LABELS[field],
      missing: this.persons().missing[field],
    })),
  );
  protected readonly complete = computed(() => this.rows().every((row) => row.missing === 0));
}
