import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type SnapshotVerification } from '../../../core/api/snapshots.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatCount } from '../../../shared/format/locale-format';
import { type SnapshotsTextKey } from '../snapshots.messages';
import { formatDifference, formatValue, valueLabel } from '../data/snapshot-values';

interface Check {
  readonly name: SnapshotsTextKey;
  readonly snapshot: string;
  readonly recomputed: string;
  readonly same: boolean;
}

/**
 * What a verification found (spec section 7: recomputing a snapshot later must
 * give the same values and fingerprint): the verdict, the provenance checks,
 * and every value that no longer matches.
 */
@Component({
  selector: 'fita-verification-result',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Always in the DOM, holding the verdict alone: the tables are not read out. -->
    <div role="status" data-testid="verify-verdict">
      @if (verification(); as result) {
        @if (result.matches && result.statementCountMatches && result.fingerprintMatches) {
          <p class="info-box">{{ 'snapshots.verify.matches' | t }}</p>
        } @else if (result.differences.length > 0) {
          <p class="warning-box">{{ 'snapshots.verify.mismatch' | t: { n: differenceCount() } }}</p>
        } @else {
          <p class="warning-box">{{ 'snapshots.verify.mismatchProvenance' | t }}</p>
        }
      }
    </div>

    @if (verification()) {
      <div class="table-scroll">
        <table class="data-table" data-testid="verify-checks">
          <caption id="verify-checks-caption">
            {{
              'snapshots.verify.checksCaption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'snapshots.verify.col.check' | t }}</th>
              <th scope="col">{{ 'snapshots.verify.col.snapshot' | t }}</th>
              <th scope="col">{{ 'snapshots.verify.col.recomputed' | t }}</th>
              <th scope="col">{{ 'snapshots.verify.col.result' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (check of checks(); track check.name) {
              <tr>
                <th scope="row">{{ check.name | t }}</th>
                <td class="mono">{{ check.snapshot }}</td>
                <td class="mono">{{ check.recomputed }}</td>
                <td [class.differs]="!check.same">
                  {{ (check.same ? 'snapshots.verify.same' : 'snapshots.verify.different') | t }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      @if (differences().length > 0) {
        <div class="table-scroll">
          <table class="data-table" data-testid="verify-differences">
            <caption id="verify-differences-caption">
              {{
                'snapshots.verify.differencesCaption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'snapshots.compare.col.value' | t }}</th>
                <th scope="col" class="numeric">{{ 'snapshots.verify.col.snapshot' | t }}</th>
                <th scope="col" class="numeric">{{ 'snapshots.verify.col.recomputed' | t }}</th>
                <th scope="col" class="numeric">{{ 'snapshots.verify.col.difference' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of differences(); track row.path) {
                <tr>
                  <th scope="row">{{ row.label }}</th>
                  <td class="numeric">{{ row.snapshot }}</td>
                  <td class="numeric">{{ row.recomputed }}</td>
                  <td class="numeric">{{ row.difference }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .data-table {
      margin-top: 1rem;
    }
    caption {
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    .mono {
      font-family: ui-monospace, monospace;
      font-size: var(--font-size-small);
      word-break: break-all;
    }
    .differs {
      color: var(--color-error-text);
      font-weight: 600;
    }
  `,
})
export class VerificationResultComponent {
  /** Null until a verification has answered. */
  readonly verification = input.required<SnapshotVerification | null>();

  protected readonly differenceCount = computed(() =>
    formatCount(this.verification()?.differences.length ?? 0),
  );

  protected readonly checks = computed<Check[]>(() => {
    const result = this.verification();
    if (!result) return [];
    return [
      {
        name: 'snapshots.field.statements',
        snapshot: formatCount(result.statementCount.snapshot),
        recomputed: formatCount(result.statementCount.recomputed),
        same: result.statementCountMatches,
      },
      {
        name: 'snapshots.field.fingerprint',
        snapshot: result.fingerprint.snapshot,
        recomputed: result.fingerprint.recomputed,
        same: result.fingerprintMatches,
      },
      {
        name: 'snapshots.field.definitions',
        snapshot: result.definitionsVersion.snapshot,
        recomputed: result.definitionsVersion.recomputed,
        same: result.definitionsVersion.snapshot === result.definitionsVersion.recomputed,
      },
      {
        name: 'snapshots.field.timeZone',
        snapshot: result.timeZone.snapshot,
        recomputed: result.timeZone.recomputed,
        same: result.timeZone.snapshot === result.timeZone.recomputed,
      },
    ];
  });

  protected readonly differences = computed(() =>
    (this.verification()?.differences ?? []).map((difference) => ({
      path: difference.value,
      label: valueLabel(difference.value),
      snapshot: formatValue(difference.value, difference.snapshot),
      recomputed: formatValue(difference.value, difference.recomputed),
      difference: formatDifference(difference.value, difference.difference),
    })),
  );
}
