import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type IndicatorFigures } from '../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { breakdownTables, headlineRows } from '../data/snapshot-figures';

/**
 * The answer a snapshot froze, as tables: the headline figures, then every
 * breakdown of users, enrolments and completions. For those who may see
 * evidence, each count links to the persons and statements behind it.
 */
@Component({
  selector: 'fita-frozen-figures',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table" data-testid="headline-table">
        <caption>
          {{
            'snapshots.figures.headlineCaption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'snapshots.figures.col.figure' | t }}</th>
            <th scope="col" class="numeric">{{ 'snapshots.figures.col.value' | t }}</th>
            <th scope="col" class="numeric">{{ 'snapshots.figures.col.growth' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of headline(); track row.path) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td class="numeric" [attr.data-testid]="'value-' + row.path">
                @if (evidence() && row.counted) {
                  <a
                    [routerLink]="['/snapshots', snapshotId(), 'evidence']"
                    [queryParams]="{ value: row.path }"
                    [attr.aria-label]="
                      'snapshots.figures.evidenceLink' | t: { count: row.value, value: row.label }
                    "
                    >{{ row.value }}</a
                  >
                } @else {
                  {{ row.value }}
                }
              </td>
              <td class="numeric">{{ row.growth }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>

    @for (figure of breakdowns(); track figure.figure) {
      <h3 class="figure-title">{{ figure.label }}</h3>
      <div class="breakdowns">
        @for (table of figure.tables; track table.id) {
          <!-- A long breakdown (residence) scrolls in its box: the keyboard reaches it as a named region. -->
          <div
            class="table-scroll"
            tabindex="0"
            role="region"
            [attr.aria-labelledby]="table.id + '-caption'"
          >
            <table class="data-table" [attr.data-testid]="'breakdown-' + table.id">
              <caption [id]="table.id + '-caption'">
                {{
                  table.caption
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ table.dimensionLabel }}</th>
                  <th scope="col" class="numeric">{{ 'snapshots.figures.col.count' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of table.rows; track row.path) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td class="numeric" [attr.data-testid]="'value-' + row.path">
                      @if (evidence()) {
                        <a
                          [routerLink]="['/snapshots', snapshotId(), 'evidence']"
                          [queryParams]="{ value: row.path }"
                          [attr.aria-label]="
                            'snapshots.figures.evidenceLink'
                              | t: { count: row.value, value: table.caption + ', ' + row.label }
                          "
                          >{{ row.value }}</a
                        >
                      } @else {
                        {{ row.value }}
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </div>
    }
  `,
  styles: `
    .figure-title {
      margin: 1.5rem 0 0.5rem;
      font-size: 1rem;
    }
    .breakdowns {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 1rem 1.5rem;
      align-items: start;
    }
    .breakdowns .table-scroll {
      max-height: 24rem;
    }
    caption {
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    th[scope='row'] {
      font-weight: 400;
    }
  `,
})
export class FrozenFiguresComponent {
  readonly view = input.required<IndicatorFigures>();
  readonly snapshotId = input.required<string>();
  /** Counts link to their evidence (auditors and admins). */
  readonly evidence = input(false);

  protected readonly headline = computed(() => headlineRows(this.view()));
  protected readonly breakdowns = computed(() => breakdownTables(this.view()));
}
