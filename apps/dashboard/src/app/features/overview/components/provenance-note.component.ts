import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type Provenance } from '../../../core/api/indicators.model';
import { CountPipe } from '../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';

/** What a figure was computed from, so that anyone can reproduce it (spec section 9). */
@Component({
  selector: 'fita-provenance-note',
  imports: [CountPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="provenance" [attr.title]="'Fingerprint ' + provenance().fingerprint">
      <div>
        <dt>Cut-off</dt>
        <dd>
          @if (provenance().cutoff; as cutoff) {
            {{ cutoff | dateTime }}
          } @else {
            none yet
          }
        </dd>
      </div>
      <div>
        <dt>Statements</dt>
        <dd>{{ provenance().statementCount | count }}</dd>
      </div>
      <div>
        <dt>Definitions</dt>
        <dd>{{ provenance().definitionsVersion }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .provenance {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      font-size: var(--font-size-small);
      color: var(--color-text-muted);
    }
    .provenance div {
      display: flex;
      gap: 0.35rem;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ProvenanceNoteComponent {
  readonly provenance = input.required<Provenance>();
}
