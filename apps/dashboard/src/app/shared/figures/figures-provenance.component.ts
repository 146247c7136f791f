import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FiguresProvenance } from '../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CountPipe } from '../format/count.pipe';
import { DateTimePipe } from '../format/date-time.pipe';

/**
 * What the figures on screen were computed from (spec section 9), so that an
 * auditor can reproduce them: cut-off, definitions, time zone, and the count
 * and fingerprint of the statements behind them. Its texts are in
 * FIGURES_MESSAGES, which every feature that renders it provides.
 */
@Component({
  selector: 'fita-figures-provenance',
  imports: [CountPipe, DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="provenance" data-testid="provenance">
      <div>
        <dt>{{ 'figures.provenance.cutoff' | t }}</dt>
        <dd>
          @if (provenance().cutoff; as cutoff) {
            {{ cutoff | dateTime }}
          } @else {
            {{ 'figures.provenance.noCutoff' | t }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'figures.provenance.statements' | t }}</dt>
        <dd>{{ provenance().statementCount | count }}</dd>
      </div>
      <div>
        <dt>{{ 'figures.provenance.definitions' | t }}</dt>
        <dd>{{ provenance().definitionsVersion }}</dd>
      </div>
      <div>
        <dt>{{ 'figures.provenance.timeZone' | t }}</dt>
        <dd>{{ provenance().timeZone }}</dd>
      </div>
      <div>
        <dt>{{ 'figures.provenance.fingerprint' | t }}</dt>
        <dd class="fingerprint">{{ provenance().fingerprint }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .provenance {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 1rem 0 0;
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
    .fingerprint {
      font-family: ui-monospace, monospace;
      word-break: break-all;
    }
  `,
})
export class FiguresProvenanceComponent {
  readonly provenance = input.required<FiguresProvenance>();
}
